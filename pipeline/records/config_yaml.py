"""A day config's YAML read and its mistakes said in one line (config.load_config reads through it).

YAML 1.2's numbers, bounds on size and nesting, no aliases, tags that do not fit, the values YAML
reads otherwise than they look typed (a comment against a value, typographic quotes, a backslash
in double quotes), the line a slipped indent or an open quote was on, the characters YAML refuses
or reads as line breaks.  In records/ with the other files read back checked (files, saved_arrays):
how YAML reads a text is no check of a day's fields, which config.py keeps.
"""

from __future__ import annotations

import re
from typing import ClassVar

import yaml

from pipeline.text.formats import CLOSING_QUOTES, NONCHARACTER, OPENING_QUOTES, quoted, visible

MAX_NESTING = 16  # the deepest real config nests 3 levels
# The bundled configs hold at most ~60 values (keys, items, scalars); a megabyte of "1," or of keys
# is 400,000, which the pure-Python YAML reader took 13 s over before any check could refuse them.
MAX_CONFIG_VALUES = 10_000


# What to do about any backslash in double quotes, read as an escape or refused as one.
BACKSLASH_HINT = (
    "in double quotes a backslash starts an escape (\\n is a line break): write a path with / between "
    "folders, or put the value in single quotes"
)


def as_written(value: object) -> str:
    """A value as the config wrote it, not as Python writes it ("datetime.date(2021, 8, 14)", "b'hello'")."""
    if isinstance(value, str):
        return f"'{visible(value)}'"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"the number {value}"
    return {bool: "a yes/no value", list: "a list", dict: "a mapping", bytes: "binary data"}.get(type(value), "no text")


# PyYAML reads YAML 1.1, whose numbers are not what an archivist types: 010 is 8 (octal), 1:30 is
# 90 (base 60), 0x5 and 1_000 are numbers.  A day config reads numbers as YAML 1.2 does, in
# decimal digits only; the rest stay text, which a number field refuses naming the field.
_YAML_11_NUMBERS = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_YAML_12_NUMBERS = (
    ("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        "-+.0123456789",
    ),
)


def _config_resolvers() -> dict:
    """PyYAML's implicit types by first character, without timestamps and with YAML 1.2's numbers."""
    resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in _YAML_11_NUMBERS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    for tag, pattern, firsts in _YAML_12_NUMBERS:
        for first in firsts:
            resolvers.setdefault(first, []).append((tag, pattern))
    return resolvers


class ConfigLoader(yaml.SafeLoader):
    """YAML as a day config needs it: dates stay text for the schema to check (PyYAML would raise
    a bare ValueError on 2021-13-45), numbers are YAML 1.2's (_YAML_12_NUMBERS), a key given twice
    is an error, nesting is bounded, no aliases (one alias can expand into gigabytes)."""

    yaml_implicit_resolvers: ClassVar[dict] = _config_resolvers()
    # what the refusals below say they are not allowed in (the demo's data files read with it too)
    READS: ClassVar[str] = "a day config"

    def __init__(self, stream) -> None:
        super().__init__(stream)
        self._depth = 0
        self._values = 0

    def construct_scalar(self, node) -> str:
        """A block value ("title: >" and its lines) without the line break YAML ends it with,
        which no one typed."""
        value = super().construct_scalar(node)
        return value.rstrip("\n") if node.style in ("|", ">") else value

    def construct_yaml_int(self, node) -> int:
        """An integer in decimal digits, leading zeros and all ("010" is ten, not YAML 1.1's eight)."""
        return int(self.construct_scalar(node))

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.MarkedYAMLError(
                problem=f"anchors and aliases (*name) are not allowed in {self.READS}",
                problem_mark=self.peek_event().start_mark,
            )
        if getattr(self.peek_event(), "anchor", None) is not None:  # "title: &Diplomasi Digital" would lose a word
            raise yaml.MarkedYAMLError(
                problem=f"anchors and aliases (&name, *name) are not allowed in {self.READS}; a value that starts "
                "with & must be in quotes",
                problem_mark=self.peek_event().start_mark,
            )
        self._values += 1
        if self._values > MAX_CONFIG_VALUES:
            raise yaml.MarkedYAMLError(
                problem=f"more than {MAX_CONFIG_VALUES:,} values (keys, list items, texts, numbers); a day config "
                "holds a few hundred: is it data pasted in?",
                problem_mark=self.peek_event().start_mark,
            )
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise yaml.MarkedYAMLError(
                    problem=f"nested deeper than {MAX_NESTING} levels", problem_mark=self.peek_event().start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise yaml.MarkedYAMLError(
                    problem=f"merge keys (<<) are not allowed in {self.READS}", problem_mark=key_node.start_mark
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.MarkedYAMLError(
                    problem="a key must be a plain name, not a list or a mapping", problem_mark=key_node.start_mark
                )
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):  # `true:`, `1:`, `null:` are a bool, a number, nothing
                kind = {bool: "a yes/no value", int: "a number", float: "a number"}.get(type(key), "no text")
                decimal = (
                    " (between { }, a comma parts fields: write a decimal with a point, 1.5)"
                    if kind == "a number"
                    else ""
                )
                raise yaml.MarkedYAMLError(
                    problem=f"the key '{key_node.value}' is not a field name: YAML reads it as {kind}{decimal}",
                    problem_mark=key_node.start_mark,
                )
            if key in seen:
                raise yaml.MarkedYAMLError(problem=f"the key '{key}' is given twice", problem_mark=key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


ConfigLoader.add_constructor("tag:yaml.org,2002:int", ConfigLoader.construct_yaml_int)
# "date: !!timestamp 2021-08-14" is text too, for the schema to check as it checks any date: PyYAML's
# own reading failed as "day is out of range for month" naming no field (2021-02-30), as
# AttributeError on a value that is no timestamp at all ("!!timestamp abc"), or gave a datetime
# refused in Python's words ("got datetime.date(2021, 8, 14)").
ConfigLoader.add_constructor("tag:yaml.org,2002:timestamp", ConfigLoader.construct_scalar)


# The tags a value may be written with besides the type YAML reads it as anyway (!!int 5, !!map
# {...}): text (!!str, and !!timestamp, read as text for the date check), and a number for a number.
_TEXT_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp")
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def tag_problem(loader: ConfigLoader, node: yaml.Node, field: tuple = ()) -> str | None:
    """The first value, depth first, written with a YAML tag that does not fit it ("title: !!int
    abc", "speakers: !!map x", "!!binary", "!!null x", "!foo", "!!python/object"), named by its
    field as pydantic names fields (speakers.0.name) and shown as written; else None.  A number
    tagged as the other kind of number ("date: !!float 2021") is left to its field's check.
    PyYAML's own words had named no field ("invalid literal for int() with base 10: 'abc'", "not
    enough values to unpack"), or a tag it read ("!!binary", "!!null x") had been "Input should be
    a valid string"."""
    inner = []
    if isinstance(node, yaml.MappingNode):
        inner = [(field + (key.value,), part) for key, value in node.value for part in (key, value)]
    elif isinstance(node, yaml.SequenceNode):
        inner = [(field + (at,), item) for at, item in enumerate(node.value)]
    for where, part in inner:
        if problem := tag_problem(loader, part, where):
            return problem
    if isinstance(node, yaml.ScalarNode):
        implicit = loader.resolve(yaml.ScalarNode, node.value, (node.style is None, node.style is not None))
    else:
        implicit = loader.resolve(type(node), None, True)
    if node.tag == implicit:  # no tag written, or the type YAML reads anyway
        return None
    if node.tag in _TEXT_TAGS or (node.tag in _NUMBER_TAGS and implicit in _NUMBER_TAGS):
        try:
            loader.construct_object(node, deep=True)
            return None
        except (yaml.constructor.ConstructorError, ValueError, OverflowError, KeyError, TypeError):
            pass  # "!!int 1.5": a number, not one of that type
    if isinstance(node, yaml.ScalarNode):
        shown = as_written(loader.construct_scalar(node))
    else:
        shown = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    named = f"field '{'.'.join(map(str, field))}'" if field else "the config"
    return (
        f"{named}: the YAML tag {visible(tag)} on {shown} is not one a day config reads there; write the value "
        "without the tag (a value that starts with ! must be in quotes)"
    )


# What to do about PyYAML's problems that a text typed without quotes makes.
_YAML_HINTS = {
    "mapping values are not allowed here": 'a value holding ": " must be in quotes (title: "Hari ke-10: Diplomasi"); '
    "each field stands on a line of its own, indented as far as the fields beside it",
    "expected <block end>, but found '?'": "a field is indented as far as the fields beside it",
    "tag:yaml.org,2002:value": "a value = must be in quotes",
    "could not determine a constructor for the tag": "a value that starts with ! must be in quotes",
    "that cannot start any token": "a value that starts with %, @ or ` must be in quotes",
}
# ... and those that the line YAML stopped on shows the cause of (the line where a key or a quote
# began, not the line after it where YAML noticed).
_YAML_LINE_HINTS = (
    (re.compile(r"\t"), "found character '\\t'", "YAML indents and parts words with spaces, not tabs: type spaces"),
    (re.compile(r"^[^'\"\n]*："), "", "the colon is a full-width '：': type ':' and a space"),
    (
        re.compile(r"^[ \t]*(?:-[ \t]+)?[^\s:#'\"]+:[\u00a0\u2000-\u200b\u202f\u205f\u3000]"),
        "",
        "the space after the colon is not an ordinary space (a no-break or wide space): type it again",
    ),
    (
        re.compile(r"^[ \t]*(?:-[ \t]+)?[^\s:#'\"]+:[^\s:/]"),
        "",
        "a key's colon wants a space after it: title: Diplomasi",
    ),
    (
        re.compile(r"^[^:#\n]+$"),
        "could not find expected ':'",
        "each line is a field and its value; a value going on to the next line is indented under its field",
    ),
    (
        re.compile(r":[ \t]+'[^'\n]*'\w"),
        "",
        "inside '…' an apostrophe is written twice ('Ma''ruf Amin'), or put the value in double quotes",
    ),
    (re.compile(r""), "found unknown escape character", BACKSLASH_HINT),
    (re.compile(r""), "expected escape sequence", BACKSLASH_HINT),  # "C:\Users\..." (\U and 8 digits)
    (
        re.compile(r":[ \t]+\"[^\"\n]*\"[ \t]*[^\s#]"),
        "",
        'inside "…" a quote is written \\" ("Seminar \\"Diplomasi\\" Digital"), or put the value in single quotes',
    ),
    (re.compile(r":[ \t]+-[ \t]*$"), "", "a '-' alone starts a list item; for no value, leave the field out"),
    (re.compile(r"['\"]"), "found unexpected end of stream", "the quote opened on this line is not closed"),
)
# Any other problem of YAML's reading: a value that holds one of its marks.
YAML_MARKS_HINT = (
    "a value that starts with or holds a mark YAML reads (: # ! & * % @ ` | > [ ] { } ' \") must be in quotes"
)


# A comment typed against a text value ("title: Workshop #10", "name: Budi #moderator"): YAML
# drops everything from " #" on, silently.  Only in the fields of free text, where a hashtag or a
# number after "#" may be meant as the value's own; a comment written as comments are ("title: X
# # ...", "# " and a space, "######") passes, and so does one after a date, a code or a number.
HASH_AGAINST_VALUE = re.compile(r"[ \t]+(#\w[^\n]*)")
# ... or on a line of its own under it, indented as the value's next line would be ("title: Workshop
# Diplomasi" and "  #10 hari kesepuluh" below it: YAML drops the second line).
HASH_UNDER_VALUE = re.compile(r"[ \t]*\n([ \t]+)(#\w[^\n]*)")
FREE_TEXT_FIELDS = frozenset(("title", "name", "role", "term"))
COMMENT_AS_WRITTEN = "or write a comment as '# ' with a space"
# Word's and the phone keyboards' quotes around a whole value: YAML keeps them as the value's own
# characters ("“Budi Santoso”" as the name, a source "“https://…”" read as a file name).
TYPOGRAPHIC_OPENING = OPENING_QUOTES.replace('"', "").replace("'", "")
TYPOGRAPHIC_CLOSING = CLOSING_QUOTES.replace('"', "").replace("'", "")
# In double quotes a backslash starts an escape: "C:\new\table.mp4" holds a line break and a tab
# (refused as control characters, BACKSLASH_HINT); "Daring \ Luring" loses its backslash and
# "Hybrid\_Diplomasi" gets a no-break space, silently: those two are refused here.
ESCAPE = re.compile(r"\\(.)", re.S)
SILENT_ESCAPES = " _"


def misread_value(text: str) -> str | None:
    """'line L: ...' for the first value that YAML reads otherwise than it looks typed, else None."""
    loader = ConfigLoader(text)
    key, key_column, after_key = "", 0, False
    try:
        while not loader.check_token(yaml.StreamEndToken):
            token = loader.get_token()
            if isinstance(token, yaml.ScalarToken) and after_key:
                key, key_column = token.value, token.start_mark.column
            elif isinstance(token, yaml.ScalarToken) and (problem := _misread(text, token, loader, key, key_column)):
                return f"line {problem[0]}, field '{visible(key)}': {problem[1]}"
            if isinstance(token, yaml.ValueToken) and (problem := _commented_out(text, token, loader, key, key_column)):
                return f"line {problem[0]}, field '{visible(key)}': {problem[1]}"
            after_key = isinstance(token, yaml.KeyToken)
    finally:
        loader.dispose()
    return None


def _comment_against(text: str, token: yaml.Token, key: str, key_column: int) -> tuple[int, str] | None:
    """(line, comment) of a comment typed right after a token of a free-text field
    (HASH_AGAINST_VALUE), or on the line under it, indented past the field's key
    (HASH_UNDER_VALUE); None if there is none."""
    if key not in FREE_TEXT_FIELDS:
        return None
    end = token.end_mark.pointer
    if cut := HASH_AGAINST_VALUE.match(text, end):
        return token.end_mark.line + 1, cut.group(1).rstrip()
    if (cut := HASH_UNDER_VALUE.match(text, end)) and len(cut.group(1).expandtabs()) > key_column:
        return text.count("\n", 0, cut.start(2)) + 1, cut.group(2).rstrip()
    return None


def _commented_out(
    text: str, token: yaml.ValueToken, loader: ConfigLoader, key: str, key_column: int
) -> tuple[int, str] | None:
    """A value that starts with # ("title: #10 Diplomasi", "- term: #DiplomasiDigital"): YAML
    reads all of it as a comment, and the field as empty."""
    found = _comment_against(text, token, key, key_column)
    following = loader.peek_token()
    if found is None or isinstance(
        following, yaml.ScalarToken | yaml.FlowSequenceStartToken | yaml.FlowMappingStartToken
    ):
        return None
    if isinstance(following, yaml.BlockMappingStartToken | yaml.BlockSequenceStartToken | yaml.BlockEntryToken):
        return None  # a section under it: "speakers: #list"
    line, comment = found
    return line, (
        f"YAML reads {quoted(comment)} as a comment, which leaves the field empty; if it is the value, put it "
        f"in quotes ({quoted(comment)}), {COMMENT_AS_WRITTEN}"
    )


def _misread(
    text: str, token: yaml.ScalarToken, loader: ConfigLoader, key: str, key_column: int
) -> tuple[int, str] | None:
    """(line, what is wrong) for a scalar YAML reads otherwise than it looks typed, else None."""
    value, line = token.value, token.end_mark.line + 1
    if token.style == '"':
        written = text[token.start_mark.pointer : token.end_mark.pointer]
        if any(escape[1] in SILENT_ESCAPES for escape in ESCAPE.finditer(written)):
            return line, f"{visible(written)}: {BACKSLASH_HINT}"
    if not token.plain:
        return None
    quotes_inside = any(c in TYPOGRAPHIC_OPENING + TYPOGRAPHIC_CLOSING for c in value[1:-1])  # “A” dan “B”
    if len(value) > 1 and value[0] in TYPOGRAPHIC_OPENING and value[-1] in TYPOGRAPHIC_CLOSING and not quotes_inside:
        return line, (
            f"{quoted(value)} is between typographic quotes ({value[0]} {value[-1]}), which YAML keeps as part "
            'of the value; type straight quotes (") or none'
        )
    found = _comment_against(text, token, key, key_column)
    if found and loader.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str":
        line, comment = found
        return line, (
            f"YAML reads {quoted(comment)} after {quoted(value)} as a comment and drops it; if it belongs to the "
            f"value, put the value in quotes ({quoted(f'{value} {comment}')}), {COMMENT_AS_WRITTEN}"
        )
    return None


# A line of a block: its indent, a "- " of a list item, and the key it opens (none for an item
# written bare, "- Budi"), and whether a value follows the key on the line.
_BLOCK_LINE = re.compile(r"^(?P<indent> *)(?P<dash>-[ \t]+)?(?:(?P<key>[^\s:#'\"][^:#]*?):(?:\s+(?P<value>\S.*))?$)?")
# PyYAML's problems that a line indented as far as no field above it gives.
_INDENT_PROBLEMS = ("expected <block end>", "mapping values are not allowed here")


def _indent_slip(problem: str, mark: yaml.Mark | None) -> str | None:
    """'line L: ...' when the line YAML stopped on is indented as far as no open field or list
    above it ("   role:" under "  - name:", " title:" under "id:"), naming the fields it should
    line up with; PyYAML's own words for it ("expected <block end>, but found '<block mapping
    start>'") name no field and read like a quoting problem."""
    if mark is None or not isinstance(mark.buffer, str) or not any(cause in problem for cause in _INDENT_PROBLEMS):
        return None
    lines = YAML_LINE_BREAK.split(mark.buffer.rstrip("\0"))
    slipped = _BLOCK_LINE.match(lines[mark.line]) if mark.line < len(lines) else None
    if slipped is None or not (slipped["key"] or slipped["dash"]):
        return None
    column = len(slipped["indent"])
    # The columns still open at the slipped line: a field's (its key's column), a list's (its
    # dashes'), and a field's that has no value on its line (a list may start at its own column).
    open_at: dict[int, tuple[str, int, bool]] = {}  # column -> (what stands there, line, takes a list)
    limit = column + 1_000
    for number in range(mark.line - 1, -1, -1):
        line = _BLOCK_LINE.match(lines[number])
        if line is None or not (line["key"] or line["dash"]) or lines[number].lstrip().startswith("#"):
            continue
        indent = len(line["indent"])
        if indent >= limit:
            continue
        key_column = indent + len(line["dash"] or "")
        if line["key"] and key_column < limit:
            open_at.setdefault(key_column, (f"'{line['key'].strip()}'", number + 1, not line["value"]))
        if line["dash"]:
            open_at.setdefault(indent, ("the list item", number + 1, True))
        limit = indent
    lines_up = column in open_at and (
        slipped["dash"] is None or open_at[column][2] or open_at[column][0] == "the list item"
    )
    if lines_up or not open_at:
        return None
    what = f"'{slipped['key'].strip()}'" if slipped["key"] and not slipped["dash"] else "the list item"
    beside = ", ".join(
        f"{name} on line {number} at {col}" for col, (name, number, _) in sorted(open_at.items(), reverse=True)
    )
    spaces = "space" if column == 1 else "spaces"
    return (
        f"line {mark.line + 1}: {what} is indented {column} {spaces}, which lines up with no field or list "
        f"open above it ({beside}); indent it as far as the fields it goes with"
    )


def yaml_problem(exc: yaml.YAMLError) -> str:
    """'line L, column C: cause (context)' from PyYAML's error, 1-based as editors count, and what
    to do where a value wants quotes."""
    if not isinstance(exc, yaml.MarkedYAMLError):
        return str(exc).splitlines()[0]
    if slip := _indent_slip(exc.problem or "", exc.problem_mark):
        return slip
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark and exc.context in ("while scanning a simple key", "while scanning a quoted scalar"):
        mark = exc.context_mark  # where the key or the quote began
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    context = f" ({exc.context})" if exc.context else ""
    problem = exc.problem or "not valid YAML"
    reading = isinstance(exc, yaml.scanner.ScannerError | yaml.parser.ParserError | yaml.constructor.ConstructorError)
    hint = _line_hint(problem, _marked_line(mark))
    if not hint and mark and "mapping values are not allowed here" in problem:  # "- name:Budi" is noticed
        hint = _line_hint(problem, _marked_line(mark, before=1))  # on the line after it
        where = f"line {mark.line}: " if hint else where
    hint = hint or next((f"; {hint}" for cause, hint in _YAML_HINTS.items() if cause in problem), "")
    hint = hint or (f"; {YAML_MARKS_HINT}" if reading else "")
    return f"{where}{problem}{context}{hint}"


YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # the breaks YAML counts lines by
# What YAML's reader refuses anywhere in a file, a comment too (control characters but tab and the
# line breaks, noncharacters): PyYAML raises its ReaderError as the loader is made, with an offset
# for a position, and that had been an internal error.
YAML_UNREADABLE = yaml.reader.Reader.NON_PRINTABLE
# The line breaks YAML reads where an editor shows none (NEL, a C1 control pasted from a legacy
# export; the line and paragraph separators): one had folded a quoted title's letters apart
# ("Strat\x85egi" became "Strat egi" without a word), ended an unquoted name or a comment in the
# middle of a line (`could not find expected ':'` on the line after), or been called a backslash's
# escape in double quotes, where none was typed (fifty-first round).
HIDDEN_BREAK_NAMES = {"\x85": "NEL, next line", "\u2028": "a line separator", "\u2029": "a paragraph separator"}
# Either, the first in the file: lines before it are then counted alike by YAML and by an editor.
YAML_REFUSED = re.compile(f"{YAML_UNREADABLE.pattern}|[{''.join(HIDDEN_BREAK_NAMES)}]")


def unreadable_character(text: str, position: int) -> str:
    """'holds ... on line L, column C ...' for the character at `position` that YAML does not read,
    or reads as a line break no one sees (YAML_REFUSED), counted as YAML's other errors are (a page
    break pasted from Word, an escape from a terminal)."""
    character = text[position]
    lines = YAML_LINE_BREAK.split(text[:position])
    where = f"on line {len(lines)}, column {len(lines[-1]) + 1}"
    if NONCHARACTER.match(character):
        return f"the config holds U+{ord(character):04X} {where}, which is no character; delete it"
    if character in HIDDEN_BREAK_NAMES:
        return (
            f"the config holds U+{ord(character):04X} ({HIDDEN_BREAK_NAMES[character]}) {where}, which YAML reads "
            "as a line break though no editor shows one; type a space there, or a line break where one is meant"
        )
    return f"the config holds the control character {character!r} {where}, which YAML does not read; delete it"


def _line_hint(problem: str, typed: str) -> str:
    """ "; what to do" for a line of the config that one of _YAML_LINE_HINTS tells, else ""."""
    return next(
        (f"; {hint}" for shown, cause, hint in _YAML_LINE_HINTS if cause in problem and shown.search(typed)), ""
    )


def _marked_line(mark: yaml.Mark | None, before: int = 0) -> str:
    """The line of the config a YAML error's mark stands on (or one before it), as typed."""
    if mark is None or not isinstance(mark.buffer, str) or mark.line < before:
        return ""
    lines = YAML_LINE_BREAK.split(mark.buffer.rstrip("\0"))
    return lines[mark.line - before] if mark.line - before < len(lines) else ""
