"""The Markdown tables report.md is made of: every section's header row made alike."""


def table_header(*columns: str) -> str:
    """A Markdown table's header row and the line under it."""
    return f"| {' | '.join(columns)} |\n|{'---|' * len(columns)}"
