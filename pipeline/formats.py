"""Text from the config and the transcript made safe for line-based formats.

Config fields are refused when they hold line breaks (config.py); what remains to neutralise is
each format's own syntax inside a line: `-->` separates times in SRT and WebVTT cues, a blank
line ends a cue, and RTTM fields are split on whitespace.
"""

from __future__ import annotations

CUE_ARROW = "-->"
ARROW_SUBSTITUTE = "→"


def cue_text(text: str) -> str:
    """One subtitle cue's text: no timing arrow, no blank line, no empty cue."""
    lines = [" ".join(line.split()) for line in text.replace(CUE_ARROW, ARROW_SUBSTITUTE).splitlines()]
    return "\n".join(line for line in lines if line) or "…"


def rttm_field(name: str) -> str:
    """A speaker name as one RTTM field: every run of whitespace becomes one underscore."""
    return "_".join(name.split()) or "_"
