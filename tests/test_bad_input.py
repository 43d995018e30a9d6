"""Bad input gets one clear line naming the file or field, a non-zero exit, and no torn artifact."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import shutil
import signal
import stat
from pathlib import Path

import numpy as np
import pytest
import soundfile
import yaml
from click.testing import CliRunner

from conftest import REPO, REPORT, RUNS_ON, ended_pid, invoke, read_as_report, write_config, write_tone
from pipeline.cli import cli
from pipeline.config import DownloadOptions, load_config
from pipeline.voices.shown_voices import shown_voices


@contextlib.contextmanager
def _hang_guard(message: str, seconds: int = 30):
    """Fail with message where the block runs past seconds: a guard against backtracking, not a timing."""
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail(message))
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)


def _error_line(result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    return lines[0]


def _validate_report(tmp_path: Path, text: str):
    """`validate` of a day whose report is `text` (laporan.txt beside a tone)."""
    write_tone(tmp_path / "talk.wav")
    (tmp_path / "laporan.txt").write_text(text)
    return invoke("validate", write_config(tmp_path, report="laporan.txt"))


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"speakers": None}, "field 'speakers'"),
        ({"speakrs": [{"name": "A"}]}, "unknown field 'speakrs' (did you mean 'speakers'?)"),
        ({"diarize": {"detect_musik": False}}, "unknown field 'diarize.detect_musik' (did you mean 'detect_music'?)"),
        ({"speakers": [{"nmae": "A"}]}, "unknown field 'speakers.0.nmae' (did you mean 'name'?)"),
        ({"di": "hari-uji"}, "unknown field 'di' (did you mean 'id'?)"),  # its letters in another order
        # where load_config keeps the config's folder and file: no field a config sets (it had been
        # taken and then set aside without a word)
        ({"base_dir": "/etc"}, "unknown field 'base_dir'"),
        ({"config_path": "/etc/passwd"}, "unknown field 'config_path'"),
        # what pandas' readers (pyannote's load_rttm among them) take for an empty cell
        ({"speakers": [{"name": "NA"}]}, "field 'speakers.0.name': 'NA' reads as no value in a table or an RTTM"),
        ({"speakers": [{"name": "None"}]}, "field 'speakers.0.name': 'None' reads as no value"),
        ({"id": "nan"}, "field 'id': 'nan' reads as no value in a table or an RTTM file"),
        ({"transcribe": {"beam_size": "lima"}}, "field 'transcribe.beam_size'"),
        ({"id": "../escape"}, "field 'id'"),
        ({"source": "file:///etc/passwd"}, "field 'source'"),
        ({"date": "kemarin"}, "field 'date'"),
        ({"glossary": [{"term": ".*"}]}, "field 'glossary.0.term'"),
        ({"source": "looped.wav"}, "cannot be followed"),
        (
            {"source": "talk.wav\x00"},
            "field 'source': must be one line of plain text; contains the control character '\\x00'",
        ),
        (
            {"source": "talk.wav\n"},
            "field 'source': must be one line of plain text; contains the control character '\\n'",
        ),
        ({"report": "laporan.txt\r"}, "field 'report': must be one line of plain text"),
        ({"truth": "truth\x00.json"}, "field 'truth': must be one line of plain text"),
        ({"source": "talk.wav "}, "field 'source': no such file '"),
        ({"title": "Hari " * 400}, "field 'title': is 2,000 characters long"),
        ({"speakers": [{"name": "..."}]}, "field 'speakers.0.name': '...' holds no letter or digit"),
        ({"speakers": [{"name": "Ayu", "role": "x" * 1001}]}, "field 'speakers.0.role': is 1,001 characters"),
    ],
)
def test_config_errors_name_the_field(tmp_path, fields, expected):
    (tmp_path / "looped.wav").symlink_to(tmp_path / "looped.wav")
    config = write_config(tmp_path, **fields)
    if fields.get("speakers", 1) is None:
        text = config.read_text().replace("speakers: null\n", "")
        config.write_text(text)
    line = _error_line(invoke("validate", config))
    assert str(config) in line and expected in line


def test_a_file_name_with_a_colon_is_a_file_not_an_address(tmp_path):
    """Only another scheme's address ("ftp://", "file:///") is refused: "sesi:pagi.wav" is a file."""
    write_tone(tmp_path / "sesi:pagi.wav")
    assert invoke("validate", write_config(tmp_path, source="sesi:pagi.wav")).exit_code == 0
    line = _error_line(invoke("validate", write_config(tmp_path, source="sesi:sore.wav")))
    assert (
        f"no such file '{tmp_path / 'sesi:sore.wav'}'; read as a file's name, as lokakarya fetches only http(s)" in line
    )
    for address in ("rtmp://live.example/sesi", " ftp://arsip.example/a.wav"):
        line = _error_line(invoke("validate", write_config(tmp_path, source=address)))
        assert "only http(s) URLs or local paths are accepted, not " in line, line


def test_a_path_with_a_trailing_space_is_shown_with_it(tmp_path):
    line = _error_line(invoke("validate", write_config(tmp_path, source="talk.wav ")))
    assert line.endswith(f"no such file '{tmp_path / 'talk.wav '}'"), line


def test_a_missing_config_names_the_one_of_a_near_name(tmp_path):
    (tmp_path / "para-10.yaml").write_text("id: x\n")
    line = _error_line(invoke("validate", tmp_path / "para10.yaml"))
    assert line.endswith(f"config file not found (did you mean {tmp_path / 'para-10.yaml'}?)"), line
    meant = f"(did you mean {tmp_path / 'para-10.yaml'}?)"
    assert _error_line(invoke("validate", tmp_path / "para-10")).endswith(meant)
    assert "did you mean" not in _error_line(invoke("validate", tmp_path / "nothing-like-it.yaml"))


def test_a_config_pattern_the_shell_left_as_typed_says_so(tmp_path):
    """`make batch DAYS='configs/hari-*.yaml'` matching nothing hands the pattern on as typed: it was
    'config file not found', as if a file of that name were meant; a pattern that does match, given
    quoted (`make day CONFIG=…` quotes its path), says which files it matches."""
    pattern = tmp_path / "hari-*.yaml"
    line = _error_line(invoke("validate", pattern))
    assert line == (
        f"Error: {pattern}: config file not found (a pattern that no file matches: the shell gives it on as "
        "typed when nothing matches)"
    ), line
    result = invoke("--outputs", tmp_path / "out", "batch", pattern)
    assert result.exit_code == 1 and f"{pattern}: failed: {pattern}: config file not found (a pattern" in result.output
    for day in ("hari-1", "hari-2"):
        (tmp_path / f"{day}.yaml").write_text(f"id: {day}\n")
    line = _error_line(invoke("validate", pattern))
    first = tmp_path / "hari-1.yaml"
    assert line.endswith(f"(a pattern, not expanded: it matches 2 file(s), {first} first; name the files)"), line


# Names that the shell reads as its own: a space, quotes, `$`, `;`, brackets, a pattern.
SHELL_SPECIAL_NAMES = ("hari 10 (Jakarta).yaml", """it's "hari" $HOME $(x) ; echo 10.yaml""", "configs/para-*.yaml")


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize("target, variable", [("day", "CONFIG"), ("batch", "DAYS")])
def test_make_hands_a_config_path_on_as_typed(tmp_path, target, variable):
    """`make day CONFIG='configs/hari 10.yaml'` ran `lokakarya run configs/hari 10.yaml`, two
    arguments: 'Got unexpected extra argument (10.yaml)'; `make batch DAYS='hari 10.yaml'` ran two
    days, and a `$`, a quote or a `;` was read by make or the shell.  The text now reaches the
    command as one argument, as typed (`lokakarya batch` splits DAYS and expands its patterns)."""
    import subprocess

    stamp, bin_folder = tmp_path / "installed", tmp_path / "bin"
    stamp.touch()
    bin_folder.mkdir()
    (bin_folder / "lokakarya").write_text('#!/bin/sh\nprintf "%s\\n" "$@"\n')
    (bin_folder / "lokakarya").chmod(0o755)
    command = "run" if target == "day" else target
    for value in (str(tmp_path / SHELL_SPECIAL_NAMES[0]), *SHELL_SPECIAL_NAMES[1:]):
        make = ["make", "-s", "-o", str(stamp), f"STAMP={stamp}", f"BIN={bin_folder}", target, f"{variable}={value}"]
        done = subprocess.run(make, cwd=REPO, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines() == [command, value], done.stdout


def test_a_batch_reads_its_days_as_the_shell_would(tmp_path):
    """What `make batch` hands on as one argument: a name with shell characters stands whole, a list
    is split at its spaces but inside its quotes, a pattern is expanded, in order, or named as one
    where nothing matches; a quote left open is one line naming the argument."""
    from pipeline.batch import days_given

    names = [tmp_path / name for name in ("hari 10 (Jakarta).yaml", "it's $x;y.yaml", "para-2.yaml", "para-1.yaml")]
    for name in names:
        name.write_text("id: [unclosed\n")
    special, odd, para_2, para_1 = map(str, names)
    assert days_given([special, odd]) == names[:2]
    assert days_given([f'"{special}"  {tmp_path}/para-*.yaml\t{tmp_path}/none-*.yaml']) == [
        names[0],
        names[3],
        names[2],
        tmp_path / "none-*.yaml",
    ]
    result = invoke("--outputs", tmp_path / "out", "batch", f'"{odd}" {tmp_path}/para-*.yaml')
    assert result.exit_code == 1
    assert [line.split(": failed: ")[0] for line in result.output.splitlines() if ": failed: " in line] == [
        odd,
        para_1,
        para_2,
    ], result.output
    line = _error_line(invoke("--outputs", tmp_path / "out", "batch", f"{odd} {para_1}"))
    assert line.startswith(f"Error: {odd} {para_1}: no such config file, and as a list of them: no closing"), line


def test_missing_config_and_not_yaml(tmp_path):
    assert "config file not found" in _error_line(invoke("validate", tmp_path / "nope.yaml"))
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n")
    assert "not valid YAML" in _error_line(invoke("validate", broken))


def test_a_config_written_as_json_keeps_its_emoji(tmp_path):
    """JSON writes an emoji as a surrogate pair of escapes, which YAML keeps as two halves."""
    write_tone(tmp_path / "talk.wav")
    config = tmp_path / "day.yaml"
    config.write_text(
        '{"id": "hari-json", "title": "Hari \\ud83c\\udf89 ceria", "source": "talk.wav",\n'
        ' "speakers": [{"name": "Satu"}]}\n'
    )
    from pipeline.config import load_config

    assert load_config(config).title == "Hari \U0001f389 ceria"


def test_the_texts_read_as_no_value_are_pandas_own():
    """READ_AS_NO_VALUE is written out (a config check imports no pandas): pandas' own list, and a
    name that only looks like one ("Nan", a given name) stays a name."""
    from pandas._libs.parsers import STR_NA_VALUES

    from pipeline.config import READ_AS_NO_VALUE, Speaker

    assert STR_NA_VALUES - {""} == READ_AS_NO_VALUE
    assert Speaker(name="Nan").name == "Nan"


@pytest.mark.parametrize("field", ["id", "title", "speakers.0.name", "speakers.0.role", "glossary.0.term", "source"])
def test_half_a_surrogate_pair_is_named_as_such_in_every_text_field(tmp_path, field):
    """YAML's "\\ud800" alone: a field with a length or a pattern (title, name, term, id, source) had
    said pydantic's "unable to parse raw data as a unicode string", the others what it is."""
    write_tone(tmp_path / "talk.wav")
    texts = {"id": "hari", "title": "Hari", "source": "talk.wav", "name": "Ayu", "role": "Moderator", "term": "Kemlu"}
    texts[field.rsplit(".", 1)[-1]] += "\\ud800"
    config = tmp_path / "day.yaml"
    config.write_text(
        'id: "{id}"\ntitle: "{title}"\nsource: "{source}"\nspeakers:\n  - {{name: "{name}", role: "{role}"}}\n'
        'glossary:\n  - {{term: "{term}"}}\n'.format(**texts)
    )
    line = _error_line(invoke("validate", config))
    assert line.endswith(f"field '{field}': holds U+D800, which is no character (a lone surrogate or a noncharacter)")


def test_a_number_where_text_belongs_says_how_yaml_read_it(tmp_path):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, title=750)))
    assert "field 'title'" in line and "YAML reads it as a number: put it in quotes" in line


def test_a_config_decoded_twice_is_refused_naming_what_it_was(tmp_path):
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path, speakers=[{"name": "João Pereira"}])
    config.write_text(config.read_text(encoding="utf-8").replace("João", "JoÃ£o"), encoding="utf-8")
    line = _error_line(invoke("validate", config))
    assert "holds 'Ã£' on line" in line and "(for 'ã'); type it again" in line, line


@pytest.mark.parametrize(
    "field, written, expected",
    [
        ("title", "1:30", None),  # YAML 1.1's 90 (base 60): the title as typed
        ("title", "010", "field 'title'"),  # a number, ten
        ("diarize", "{num_speakers: 010}", "num_speakers (10)"),  # ten, not YAML 1.1's octal eight
        ("diarize", "{num_speakers: 0x3}", "it reads as the text '0x3': write the number in plain digits"),
        ("diarize", "{max_speakers: 1_0}", "it reads as the text '1_0'"),
        ("transcribe", "{piece_seconds: '10:00'}", "field 'transcribe.piece_seconds'"),
        ("transcribe", "{piece_seconds: 10:00}", "it reads as the text '10:00'"),
        ("title", "~", "YAML reads ~, null or nothing as no value"),
        ("title", "Hari ke-10: Diplomasi", 'a value holding ": " must be in quotes'),
        ("title", "!Diplomasi Digital", "a value that starts with ! must be in quotes"),
        ("title", "%Diplomasi", "a value that starts with %, @ or ` must be in quotes"),
        (
            "title",
            "&Diplomasi Digital",
            "anchors and aliases (&name, *name) are not allowed",
        ),  # YAML would keep "Digital"
        ("title", "[Draft] Diplomasi", "a value that starts with or holds a mark YAML reads"),
        ("diarize", "{window_seconds: 1,5}", "a comma parts fields: write a decimal with a point"),
        ("transcribe", "{beam_size: 5.0}", "a whole number: write 5, not 5.0 or 1e9"),
        ("transcribe", "{use_hints: 1}", "write true or false"),
    ],
    ids=[
        "sexagesimal",
        "leading-zero",
        "octal",
        "hex",
        "underscore",
        "quoted",
        "sexagesimal-number",
        "tilde",
        "colon",
        "tag",
        "percent",
        "anchor",
        "bracket",
        "decimal-comma",
        "float-for-integer",
        "number-for-flag",
    ],
)
def test_a_config_reads_numbers_as_typed_and_says_what_wants_quotes(tmp_path, field, written, expected):
    """PyYAML reads YAML 1.1, where 010 is 8 and 1:30 is 90: a day config reads numbers in decimal
    digits as typed, the rest as text that a number field refuses naming the field, and a value
    that YAML cannot read unquoted says to quote it."""
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path)
    lines = config.read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if not line.startswith(f"{field}:")] + [f"{field}: {written}"]
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("validate", config)
    if expected is None:
        assert result.exit_code == 0, result.output
        assert load_config(config).title == written
    else:
        assert result.exit_code != 0 and expected in _error_line(result), result.output


@pytest.mark.parametrize(
    "line, expected",
    [
        ("title: “Diplomasi Digital”", "'“Diplomasi Digital”' is between typographic quotes (“ ”)"),
        ('title: "Daring \\ Luring"', "in double quotes a backslash starts an escape"),
        ('title: "Hybrid\\_Diplomasi"', "in double quotes a backslash starts an escape"),
        ('title: "C:\\new\\table.mp4"', "(in double quotes a backslash starts an escape (\\n is a line break)"),
        ('title: "D:\\data\\rekaman.mp4"', "found unknown escape character 'd'"),
        ("title: #10 Diplomasi", "YAML reads '#10 Diplomasi' as a comment, which leaves the field empty"),
        ("title: 'Ma'ruf Amin'", "an apostrophe is written twice ('Ma''ruf Amin')"),
        (
            "title:Diplomasi",
            "line 7, column 1: could not find expected ':' (while scanning a simple key); a key's colon",
        ),
        ("title：Diplomasi", "the colon is a full-width '：'"),
        ("title:\u00a0Diplomasi", "the space after the colon is not an ordinary space"),
        ("title: Hari\tke-10", "not tabs"),
        ('title: "Diplomasi', "line 7, column 8: found unexpected end of stream"),
        ("id: Hari-10", "field 'id': 'Hari-10' is not an id"),
        ("language: Indonesia", "'Indonesia' is not a language code of two or three small letters"),
        ("date: ２０２１-１２-０１", "write the date as YYYY-MM-DD"),
        ("transcribe: {use_hints: ya}", "it reads as the text 'ya': write true or false, without quotes"),
        ("diarize: {num_speakers: none}", "it reads as the text 'none': for no value, leave the field out"),
        ("speakers: Budi, Ayu", "write each speaker on a line of its own as '- name: Budi Santoso'"),
        ("speakers: [Budi, Ayu]", "write each speaker as '- name: Budi Santoso'"),
        ("speakers: [{name: Dr. Ayu, S.Sos.}]", "unknown field 'speakers.0.S.Sos.' (a field's name is small letters"),
        ("role: Moderator", "unknown field 'role' (a field of speakers: indent it under its section)"),
        ("source: www.youtube.com/watch?v=w9I29QAEiqA", "if it is a web address, write it whole, as https://"),
        ("source: <https://youtu.be/w9I29QAEiqA>", "if it is a web address, write it whole, as https://"),
        ("source: https//youtu.be/w9I29QAEiqA", "if it is a web address, write it whole, as https://"),
        ("source: C:\\rekaman\\hari10.mp4", "is a Windows drive or network path"),
        ("report: reports\\day-10.txt", "folders are parted by / here: 'reports/day-10.txt', which is there"),
        ("report: none", "no such file '"),
        ("report: www.kemlu.go.id/berita", "if it is a web address, save the file beside the config"),
        ('title: "Seminar "Diplomasi" Digital"', 'inside "…" a quote is written \\"'),
        ('title: "C:\\Users\\budi.mp4"', "in double quotes a backslash starts an escape"),
        ("Title: Diplomasi", "unknown field 'Title' (field names are written in small letters: 'title')"),
        ("transcribe: {num_speakers: 3}", "unknown field 'transcribe.num_speakers' (a field of diarize"),
        # a key holding what no one sees, or letters that look like its own (these had been told that a
        # field's name is small letters, or that a comma inside { } parts fields)
        ("\ufefftitle: Diplomasi", "the config holds a byte-order mark (U+FEFF) on line 8, which no one sees"),
        ("\ufeff# catatan", "holds a byte-order mark (U+FEFF) on line 8, which no one sees (two files joined"),
        ("lang\u200buage: id", "unknown field 'lang\\u200buage' (it holds U+200B, which no one sees: delete it)"),
        ("ｌａｎｇｕａｇｅ: id", "(it is 'language' typed with full-width letters or another space: type it in plain"),
        ("language\u00a0: id", "(it is 'language' typed with full-width letters or another space"),
        ("l\u0430nguage: id", "(it holds '\u0430', a Cyrillic or Greek letter that looks like a Latin one: type it"),
    ],
)
def test_a_value_yaml_would_read_otherwise_than_typed_says_what_to_write(tmp_path, line, expected):
    """Word's quotes, Windows paths, a key without its space, a list typed as text: each is read
    by YAML as something else than it looks, or refused in its own words; the line says what to
    write."""
    write_tone(tmp_path / "talk.wav")
    (tmp_path / "reports").mkdir()
    shutil.copy(REPORT, tmp_path / "reports" / "day-10.txt")
    config = write_config(tmp_path)
    key = line.split(":")[0].split("：")[0]
    typed = [kept for kept in config.read_text(encoding="utf-8").splitlines() if not kept.startswith(f"{key}:")]
    if key == "speakers":  # and its list under it
        typed = [kept for kept in typed if not kept.startswith(("- ", "  "))]
    config.write_text("\n".join([*typed, line]) + "\n", encoding="utf-8")
    result = invoke("validate", config)
    assert result.exit_code != 0 and expected in _error_line(result), result.output


@pytest.mark.parametrize(
    "typed, expected",
    [
        ('title: "Diplomasi\x0cDigital"', "the control character '\\x0c' on line 1, column 18"),  # Word's page break
        ("# catatan \x1b[0m dari terminal", "the control character '\\x1b' on line 1, column 11"),
        ("title: Diplomasi\x7f", "the control character '\\x7f' on line 1, column 17"),
        ("title: Diplomasi\x9b", "the control character '\\x9b' on line 1, column 17"),
        ("title: Dip\x0blomasi", "the control character '\\x0b' on line 1, column 11"),
        ("title: Diplomasi\r\n\x00\x00\x00", "the control character '\\x00' on line 2, column 1"),  # a save cut off
        ("title: Diplomasi\r\n# \uffff", "the config holds U+FFFF on line 2, column 3, which is no character"),
        ("title: \ufffeDiplomasi", "the config holds U+FFFE on line 1, column 8, which is no character"),
    ],
)
def test_a_character_yaml_does_not_read_is_named_with_its_line_and_column(tmp_path, typed, expected):
    """A control character or a noncharacter anywhere in the config, a comment too: PyYAML refuses
    it as the file is opened, which had been `internal error: ReaderError: unacceptable character
    #x000c: special characters are not allowed in "<unicode string>", position 268`."""
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path)
    kept = [line for line in config.read_text(encoding="utf-8").splitlines() if not line.startswith("title:")]
    config.write_text(typed + "\n" + "\n".join(kept) + "\n", encoding="utf-8")
    line = _error_line(invoke("validate", config))
    assert line.startswith(f"Error: {config}: the config holds ") and expected in line, line
    assert line.endswith("; delete it") and "internal error" not in line


@pytest.mark.parametrize(
    "typed, expected",
    [
        ('title: "Strat\x85egi"', "U+0085 (NEL, next line) on line 1, column 14"),  # had become "Strat egi"
        ("title: Diplomasi\u2028Digital", "U+2028 (a line separator) on line 1, column 17"),
        ('title: "Diplomasi\u2029Digital"', "U+2029 (a paragraph separator) on line 1, column 18"),
        ("# catatan\x85dari: ekspor lama", "U+0085 (NEL, next line) on line 1, column 10"),  # a comment's rest as YAML
        ("title: Diplomasi\r\n# catatan\u2028", "U+2028 (a line separator) on line 2, column 10"),
        ("title: Diplomasi\x85\x0c", "U+0085 (NEL, next line) on line 1, column 17"),  # the first of the two
    ],
)
def test_a_line_break_no_editor_shows_is_named_with_its_line_and_column(tmp_path, typed, expected):
    """NEL (U+0085) and the line and paragraph separators are line breaks to YAML, and to no editor:
    a quoted title's letters had been folded apart without a word, an unquoted value or a comment
    ended mid-line (`could not find expected ':'` on the line after), a literal one in double quotes
    called a backslash's escape.  Refused wherever it is, as a character YAML does not read is."""
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path)
    kept = [line for line in config.read_text(encoding="utf-8").splitlines() if not line.startswith("title:")]
    if not typed.startswith("title:"):
        kept.insert(0, "title: Diplomasi")
    config.write_text(typed + "\n" + "\n".join(kept) + "\n", encoding="utf-8", newline="")
    line = _error_line(invoke("validate", config))
    assert line.startswith(f"Error: {config}: the config holds ") and expected in line, line
    assert line.endswith("though no editor shows one; type a space there, or a line break where one is meant")


def test_a_section_left_empty_a_block_title_and_a_hash_in_capitals_read_as_meant(tmp_path):
    """ "glossary:" with its lines commented out is no glossary, "title: >" and its lines is the
    title without YAML's final line break, and a sha256 as PowerShell prints it is the hash."""
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path)
    typed = [
        line
        for line in config.read_text(encoding="utf-8").splitlines()
        if not line.startswith(("title:", "speakers:", "- ", "  "))
    ]
    digest = "AB" * 32
    extra = [
        "date: 2021-08-14 #Sabtu",  # a comment where no text is meant
        "language: id #Indonesia",
        "title: >",
        "  Diplomasi",
        "  Digital",
        "speakers:",
        "  - name: Budi",
        "    role: “Ketua” dan “Moderator”",  # typographic quotes inside a value
        "glossary: #belum-ada",
        "#  - term: Kemlu",
        "download:",
        "transcribe:",
    ]
    config.write_text("\n".join([*typed, *extra, f"  model_sha256: {digest}"]) + "\n", encoding="utf-8")
    day = load_config(config)
    assert day.title == "Diplomasi Digital" and day.glossary == [] and day.download == DownloadOptions()
    assert day.transcribe.model_sha256 == digest.lower()
    assert day.speakers[0].role == "“Ketua” dan “Moderator”"
    assert str(day.date) == "2021-08-14" and day.language == "id"


def test_a_comment_typed_against_a_text_value_is_refused_naming_the_line(tmp_path):
    """YAML drops " #10" from "title: Workshop #10" without a word; a comment written as comments
    are, or after a number, is read as one."""
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path)
    typed = config.read_text(encoding="utf-8")
    config.write_text(typed.replace("title: Hari uji", "title: Hari uji #10"), encoding="utf-8")
    line = _error_line(invoke("validate", config))
    assert "line 7, field 'title': YAML reads '#10' after 'Hari uji' as a comment and drops it" in line, line
    assert "put the value in quotes ('Hari uji #10')" in line
    config.write_text(typed.replace("Pembicara Dua", "Pembicara Dua #moderator"), encoding="utf-8")
    assert "after 'Pembicara Dua' as a comment" in _error_line(invoke("validate", config))
    commented = (
        typed.replace("title: Hari uji", "title: Hari uji  # hari ke-10") + "diarize:\n  max_speakers: 3 #tiga\n"
    )
    config.write_text(commented, encoding="utf-8")
    assert load_config(config).title == "Hari uji" and load_config(config).diarize.max_speakers == 3
    # on the line under the value, indented as its next line would be, YAML drops it too
    config.write_text(typed.replace("title: Hari uji", "title: Hari uji\n  #10 di Jakarta"), encoding="utf-8")
    line = _error_line(invoke("validate", config))
    assert "line 8, field 'title': YAML reads '#10 di Jakarta' after 'Hari uji' as a comment" in line, line
    config.write_text(typed.replace("title: Hari uji", "title:\n  #10 di Jakarta"), encoding="utf-8")
    assert "'#10 di Jakarta' as a comment, which leaves the field empty" in _error_line(invoke("validate", config))
    # a comment line at the key's own indent, or written as "# ", is one
    for comment in ("#catatan", "  # catatan"):
        config.write_text(typed.replace("title: Hari uji", f"title: Hari uji\n{comment}"), encoding="utf-8")
        assert load_config(config).title == "Hari uji"


@pytest.mark.parametrize(
    "content, expected",
    [
        ("id: hari-satu\ntitle: Hari\n".encode("utf-16"), "config file is UTF-16 text; save it as UTF-8"),
        ("id: hari\ntitle: Café\n".encode("latin-1"), "not UTF-8 text (byte 0xe9 on line 2: Windows-1252"),
        ("id: hari\ntitle: “外交”\n".encode("gb18030"), "(byte 0xa1 on line 2: GB18030 or Big5 (Chinese)?)"),
        ("id: hari\ntitle: Diplomasi\n".encode("cp500"), "not UTF-8 text (EBCDIC, a mainframe's encoding?)"),
        (bytes(range(256)) * 8, "config file holds binary data, not text"),
        ("id: hari-satu\ntitle: Hari\n".encode("utf-32-le"), "config file is UTF-32 text; save it as UTF-8"),
    ],
    ids=["utf-16", "latin-1", "gb18030", "ebcdic", "binary", "utf-32-without-mark"],
)
def test_a_config_that_is_no_utf8_text_says_what_it_is(tmp_path, content, expected):
    (tmp_path / "day.yaml").write_bytes(content)
    assert expected in _error_line(invoke("validate", tmp_path / "day.yaml"))


def test_missing_report_and_source_files(tmp_path):
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path, report="laporan-hilang.txt")
    line = _error_line(invoke("validate", config))
    assert "field 'report'" in line and "laporan-hilang.txt" in line
    config = write_config(tmp_path, source="rekaman-hilang.wav")
    assert "field 'source'" in _error_line(invoke("validate", config))


@pytest.mark.parametrize(
    "opening, expected",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "it is a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "it is a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "it is a JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "it is a ZIP archive (a .docx or .odt document is one)"),
        (b"<!DOCTYPE html>\n<html><head><title>Webinar</title>", "it is an HTML page"),  # the video's page, saved
        ("Catatan rapat: diplomasi digital — 9 Januari.\n".encode() * 120, "it is a text file"),  # past 4 KB
        (b"1\n00:00:01,000 --> 00:00:04,000\nSelamat siang\n", "it is a text file"),  # the subtitles
        (bytes(range(256)) * 4, "not a readable audio or video file (InvalidDataError)"),  # damage: no kind to name
    ],
    ids=["pdf", "png", "jpeg", "docx", "html", "notes", "subtitles", "binary"],
)
def test_a_source_that_is_a_document_an_image_or_text_is_named_as_one(tmp_path, opening, expected):
    """Named by its first bytes, where it had been 'not a readable audio or video file
    (ArgumentError)' or '(InvalidDataError)', which told a user nothing of what they had given."""
    (tmp_path / "rekaman.mp4").write_bytes(opening)
    line = _error_line(invoke("validate", write_config(tmp_path, source="rekaman.mp4")))
    assert line.startswith(f"Error: {tmp_path / 'rekaman.mp4'}: not a readable audio or video file"), line
    assert line.endswith(expected), line


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p: p.write_text("ini bukan audio\n" * 50), "not a readable audio or video file"),
        (lambda p: p.write_bytes(b""), "the file is empty (0 bytes), not a recording"),
        (lambda p: soundfile.write(p, np.zeros(16000 * 3, dtype="float32"), 16000, format="WAV"), "silent"),
    ],
    ids=["text-file", "empty-file", "silence"],
)
def test_bad_recordings_keep_the_good_artifact(tmp_path, make, expected):
    write_tone(tmp_path / "talk.wav")
    out = tmp_path / "out"
    config = write_config(tmp_path)
    assert invoke("--outputs", out, "download", config).exit_code == 0
    audio = out / "test-day" / "audio.wav"
    good = hashlib.sha256(audio.read_bytes()).hexdigest()
    make(tmp_path / "bad.wav")
    line = _error_line(invoke("--outputs", out, "download", write_config(tmp_path, source="bad.wav")))
    assert "bad.wav" in line and expected in line
    assert hashlib.sha256(audio.read_bytes()).hexdigest() == good
    assert not list(audio.parent.glob(".*.tmp"))


def test_stage_before_its_input_names_the_missing_stage(tmp_path):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("--outputs", tmp_path / "out", "topics", write_config(tmp_path)))
    assert "speakers.json" in line and "'diarize'" in line


@pytest.mark.slow  # transcribe loads Whisper before it finds no speech
def test_tone_without_speech_is_refused_by_transcribe(tmp_path):
    write_tone(tmp_path / "talk.wav", seconds=4)
    out = tmp_path / "out"
    config = write_config(tmp_path)
    assert invoke("--outputs", out, "download", config).exit_code == 0
    assert "no speech found" in _error_line(invoke("--outputs", out, "transcribe", config))
    assert not (out / "test-day" / "transcript.json").exists()


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"  \n", "report file is empty"),
        (b"", "report file is empty"),
        (b"\n", "report file is empty"),
        ("Diplomasi\n‘digital’".encode("cp1252"), "not UTF-8 text (byte 0x91 on line 2: Windows-1252"),
        (b"Diplomasi digital.\nKerja\x00sama ekonomi.", "control character '\\x00' on line 2"),
        ("Diplomasi digital dibahas.".encode("utf-16"), "UTF-16 text; save it as UTF-8"),
        ("Diplomasi digital dibahas.".encode("utf-16-be"), "UTF-16 text; save it as UTF-8"),
        ("Diplomasi digital dibahas.".encode("utf-32"), "UTF-32 text; save it as UTF-8"),
        (("é" * 2_000_001).encode(), "report is over 1,000,000 characters"),
        ("Diplomasi digital.\nKerja sama Aljaza\ufffdr dibahas.".encode(), "holds U+FFFD on line 2, the mark of"),
        ("Diplomasi digital.\nKerja sama ek\u043enomi dibahas.".encode(), "'ek\u043enomi' on line 2 mixes Latin"),
    ],
    ids=[
        "blank",
        "empty",
        "one-newline",
        "cp1252",
        "nul",
        "utf-16",
        "utf-16-no-bom",
        "utf-32",
        "big-accented",
        "lost",
        "look-alike",
    ],
)
def test_report_empty_or_not_utf8(tmp_path, content, expected):
    write_tone(tmp_path / "talk.wav")
    (tmp_path / "laporan.txt").write_bytes(content)
    line = _error_line(invoke("validate", write_config(tmp_path, report="laporan.txt")))
    assert "laporan.txt" in line and expected in line


@pytest.mark.parametrize(
    "name, seconds, kind",
    [("talk.wav", 130, "a WAV recording"), ("talk.flac", 3, "a FLAC recording"), ("talk.ogg", 3, "an Ogg recording")],
)
def test_a_recording_named_as_a_report_truth_or_config_is_named_as_one(tmp_path, name, seconds, kind):
    """The day's audio under report:, truth: or as the config: its quiet samples are zero bytes and
    a long one is megabytes, so it had been 'report is over 1,000,000 characters', 'ground-truth
    file is UTF-32 text; save it as UTF-8' or 'config file is over 1,000,000 bytes'."""
    recording = write_tone(tmp_path / name, seconds=seconds, amplitude=0.001)
    line = _error_line(invoke("validate", write_config(tmp_path, source=name, report=name)))
    assert f"{recording}: report is {kind}" in line, line
    line = _error_line(invoke("validate", write_config(tmp_path, source=name, truth=name)))
    assert f"{recording}: ground-truth file is {kind}" in line, line
    assert f"config file is {kind}" in _error_line(invoke("validate", recording))


def test_a_quote_never_closed_in_a_long_report_is_read(tmp_path):
    """The table test read the lines as CSV, where an opening quote joins every line after it into
    one field: past 131,072 characters, csv's limit, an internal error in every stage."""
    write_tone(tmp_path / "talk.wav")
    words = [
        "diplomasi",
        "digital",
        "kerja",
        "sama",
        "ekonomi",
        "negara",
        "sahabat",
        "budaya",
        "pendidikan",
        "pariwisata",
    ]
    lines = [f"Paragraf {i} membahas " + " ".join(words[(i + j) % 10] for j in range(45)) + "." for i in range(380)]
    (tmp_path / "laporan.txt").write_text('Judul\n\n"' + "\n".join(lines), encoding="utf-8")
    result = invoke("validate", write_config(tmp_path, report="laporan.txt"))
    assert result.exit_code == 0, result.output


def test_every_path_outside_the_config_folder_is_named_at_once(tmp_path):
    """The source had been refused, then on the next try the report, then the truth."""
    inner = tmp_path / "configs"
    inner.mkdir()
    write_tone(tmp_path / "talk.wav")
    shutil.copy(REPORT, tmp_path / "laporan.txt")
    shutil.copy(REPO / "configs" / "demo" / "truth.json", tmp_path / "truth.json")
    config = write_config(inner, source="../talk.wav", report="../laporan.txt", truth="../truth.json")
    line = _error_line(invoke("validate", config))
    assert (
        "field 'source': ../talk.wav; field 'report': ../laporan.txt; field 'truth': ../truth.json are outside "
        f"the config's folder {inner}"
    ) in line, line


@pytest.mark.parametrize("field", ["report", "source"])
def test_paths_cannot_leave_the_config_folder(tmp_path, field):
    inner = tmp_path / "configs"
    inner.mkdir()
    write_tone(inner / "talk.wav")
    outside = write_tone(tmp_path / "outside.wav") if field == "source" else tmp_path / "x.txt"
    outside.touch()
    for value in (f"../{outside.name}", str(outside)):
        line = _error_line(invoke("validate", write_config(inner, **{field: value})))
        assert f"field '{field}'" in line and "outside the config's folder" in line


# --- Config text and values that are impossible, collide, or would break another format -------


def _raw_config(folder, text: str):
    write_config(folder)  # the report beside it
    path = folder / "raw.yaml"
    path.write_text(text)
    return path


BASE_YAML = "id: raw-day\ntitle: Hari\nsource: talk.wav\nspeakers: [{name: Satu}]\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (BASE_YAML + "date: 2021-13-45\n", "field 'date'"),
        (BASE_YAML + "date: 2021-02-30\n", "field 'date'"),
        (BASE_YAML + "date: 20210101\n", "field 'date': write the date as YYYY-MM-DD"),
        (BASE_YAML + "date: 0\n", "field 'date': write the date as YYYY-MM-DD"),
        (BASE_YAML + "date: 1609459200\n", "field 'date': write the date as YYYY-MM-DD"),
        (BASE_YAML + "date: 2021-01-01 00:00:00\n", "field 'date': write the date as YYYY-MM-DD"),
        # a date in every form YAML may give it: one line naming the field, in the config's words
        (BASE_YAML + "date: !!timestamp 2021-02-30\n", "field 'date': 2021-02-30 is no day of the calendar (day is"),
        (
            BASE_YAML + "date: !!timestamp abc\n",
            "field 'date': write the date as YYYY-MM-DD, e.g. 2021-08-14 (got 'abc')",
        ),
        (BASE_YAML + "date: !!timestamp 2021-08-14 10:00\n", "(got '2021-08-14 10:00')"),
        (BASE_YAML + "date: 2021-13-01\n", "field 'date': 2021-13-01 is no day of the calendar (month must be"),
        (BASE_YAML + "date: [2021, 8]\n", "field 'date': write the date as YYYY-MM-DD, e.g. 2021-08-14 (got a list)"),
        (BASE_YAML + "date: yes\n", "(got a yes/no value)"),
        (BASE_YAML + "date: !!binary aGVsbG8=\n", "field 'date': the YAML tag !!binary on 'aGVsbG8=' is not one"),
        # a tag that does not fit the value, or that a day config does not read: its field, as written
        (BASE_YAML.replace("title: Hari", "title: !!int abc"), "field 'title': the YAML tag !!int on 'abc' is not"),
        (BASE_YAML.replace("title: Hari", "title: !!bool maybe"), "field 'title': the YAML tag !!bool on 'maybe'"),
        (BASE_YAML.replace("title: Hari", 'title: "\\U00110000"'), "not valid YAML: a value it cannot read"),
        (BASE_YAML.replace("title: Hari", "title: " + "9" * 5000), "not valid YAML: a value it cannot read"),
        (
            BASE_YAML + "true: y\n",
            "line 5, column 1: the key 'true' is not a field name: YAML reads it as a yes/no value",
        ),
        (
            BASE_YAML.replace("{name: Satu}", "{name: Satu, 1: x}"),
            "the key '1' is not a field name: YAML reads it as a number",
        ),
        (BASE_YAML + "id: other\n", "line 5, column 1: the key 'id' is given twice"),
        (BASE_YAML + "diarize: {threads: 1, threads: 2}\n", "line 5, column 23: the key 'threads' is given twice"),
        (
            BASE_YAML + "title: 'unclosed\n",
            "line 5, column 8: found unexpected end of stream (while scanning a quoted scalar); "
            "the quote opened on this line is not closed",
        ),
        (BASE_YAML + "glossary:\n\t- {term: X}\n", "line 6, column 1: found character '\\t'"),
        (BASE_YAML + "x: " + "[" * 200 + "]" * 200 + "\n", "nested deeper than"),
        (BASE_YAML + "a: &a [1, 1]\nb: &b [*a, *a]\n", "aliases"),
        ("- just\n- a list\n", "not a mapping of fields"),
        (BASE_YAML + "? [a, b]\n: 1\n", "line 5, column 3: a key must be a plain name"),
        (BASE_YAML + "<<: {id: other}\n", "line 5, column 1: merge keys (<<) are not allowed"),
        (BASE_YAML + "transcribe: {piece_seconds: .inf}\n", "field 'transcribe.piece_seconds'"),
        (BASE_YAML + "download: {socket_timeout: .nan}\n", "field 'download.socket_timeout'"),
        (BASE_YAML + "diarize: {num_speakers: 5, max_speakers: 2}\n", "more than max_speakers"),
        (BASE_YAML + "diarize: {hop_seconds: 5, window_seconds: 1}\n", "longer than window_seconds"),
        (
            BASE_YAML.replace("[{name: Satu}]", "[{name: A}, {name: B}, {name: C}]") + "diarize: {num_speakers: 2}\n",
            "field 'diarize.num_speakers': 2 is fewer than the 3",
        ),
        (
            BASE_YAML.replace("[{name: Satu}]", "[{name: A}, {name: B}, {name: C}]") + "diarize: {max_speakers: 2}\n",
            "field 'speakers': 3 names, more than diarize.max_speakers (2)",
        ),
    ],
    ids=[
        "month-13",
        "feb-30",
        "not-a-date",
        "number-as-date",
        "unix-time",
        "date-and-time",
        "timestamp-tag",
        "timestamp-tag-no-date",
        "timestamp-tag-with-time",
        "month-13-named",
        "list-as-date",
        "bool-as-date",
        "binary-as-date",
        "int-tag",
        "bool-tag",
        "code-point-past-unicode",
        "int-of-5000-digits",
        "bool-key",
        "int-key",
        "duplicate-key",
        "nested-duplicate",
        "unclosed-quote",
        "tab-indent",
        "deep-nesting",
        "alias",
        "not-a-mapping",
        "list-as-key",
        "merge-key",
        "infinite",
        "not-a-number",
        "count-over-max",
        "hop-over-window",
        "count-under-names",
        "names-over-max",
    ],
)
def test_yaml_and_value_errors_are_one_line_with_place_and_cause(tmp_path, text, expected):
    config = _raw_config(tmp_path, text)
    line = _error_line(invoke("validate", config))
    assert line.startswith(f"Error: {config}: ") and expected in line, line


SPEAKERS_YAML = "id: raw-day\nsource: talk.wav\nspeakers:\n  - name: Satu\n    role: Moderator\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            SPEAKERS_YAML + "  - name: Dua\n   role: Narasumber\n",
            "line 7: 'role' is indented 3 spaces, which lines up with no field or list open above it "
            "('name' on line 6 at 4, the list item on line 6 at 2, 'speakers' on line 3 at 0)",
        ),
        ("id: raw-day\n title: Hari\nsource: talk.wav\n", "line 2: 'title' is indented 1 space"),
        (SPEAKERS_YAML + " - name: Dua\n", "line 6: the list item is indented 1 space"),
        ("id: raw-day\npage:\n    language: en\n  title: x\n", "line 4: 'title' is indented 2 spaces"),
        ("id: raw-day\npage:\n  language: en\n   title: x\n", "line 4: 'title' is indented 3 spaces"),
        ("id: raw-day\nglossary:\n  - term: A\n    - term: B\n", "line 4: the list item is indented 4 spaces"),
        ("id: raw-day\npage:\n\tlanguage: en\n", "line 3, column 1: found character '\\t'"),
    ],
    ids=["item-field", "top-level", "list-item", "shallower", "deeper", "list-under-value", "tab"],
)
def test_an_indentation_slip_names_its_line_and_the_fields_beside_it(tmp_path, text, expected):
    """PyYAML says "expected <block end>, but found '<block mapping start>'" or "mapping values are
    not allowed here", which name no field and had drawn advice about quotes."""
    config = tmp_path / "day.yaml"
    config.write_text(text)
    line = _error_line(invoke("validate", config))
    assert expected in line and "quotes" not in line, line


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("title: Hari", "title: !!int abc", "field 'title': the YAML tag !!int on 'abc'"),
        ("title: Hari", "title: !!float abc", "field 'title': the YAML tag !!float on 'abc'"),
        ("title: Hari", "title: !!null x", "field 'title': the YAML tag !!null on 'x'"),
        ("title: Hari", "title: !!binary aGVsbG8=", "field 'title': the YAML tag !!binary on 'aGVsbG8='"),
        ("title: Hari", "title: !foo bar", "field 'title': the YAML tag !foo on 'bar'"),
        ("title: Hari", "title: !!python/object:os.system x", "field 'title': the YAML tag !!python/object:os.system"),
        ("title: Hari", "title: !!seq x", "field 'title': the YAML tag !!seq on 'x'"),
        ("title: Hari", "title: !!set {a: 1}", "field 'title': the YAML tag !!set on a mapping"),
        ("speakers: [{name: Satu}]", "speakers: !!map x", "field 'speakers': the YAML tag !!map on 'x'"),
        ("speakers: [{name: Satu}]", "speakers: !!omap [a, b]", "field 'speakers': the YAML tag !!omap on a list"),
        ("{name: Satu}", "{name: !!int abc}", "field 'speakers.0.name': the YAML tag !!int on 'abc'"),
        ("{name: Satu}", "{name: !!int 1.5}", "field 'speakers.0.name': the YAML tag !!int on '1.5'"),
        ("id: raw-day", "!!int id: raw-day", "field 'id': the YAML tag !!int on 'id'"),
        ("id: raw-day", "id: raw-day\ndate: !!int 2021-01", "field 'date': the YAML tag !!int on '2021-01'"),
    ],
)
def test_a_value_with_a_yaml_tag_that_does_not_fit_names_its_field(tmp_path, old, new, expected):
    """PyYAML's own words had named no field ("not valid YAML: a value it cannot read (invalid
    literal for int() with base 10: 'abc')", "... (not enough values to unpack ...)", "could not
    determine a constructor for the tag"), or a value it read had been "Input should be a valid
    string" (!!binary, !!null x)."""
    config = _raw_config(tmp_path, BASE_YAML.replace(old, new))
    line = _error_line(invoke("validate", config))
    assert line.startswith(f"Error: {config}: {expected}") and "write the value without the tag" in line, line


@pytest.mark.parametrize(
    "old, new",
    [("title: Hari", "title: !!str 10"), ("title: Hari", "title: !!str Hari"), ("speakers:", "speakers: !!seq")],
)
def test_a_tag_that_fits_its_value_is_read(tmp_path, old, new):
    text = BASE_YAML.replace(old, new) + "topics: {min_word_probability: !!float 1}\n"
    config = load_config(_raw_config(tmp_path, text))
    assert config.title in ("10", "Hari") and config.speakers[0].name == "Satu"
    assert config.topics.min_word_probability == 1.0


@pytest.mark.parametrize("written", ["2021-08-14", "!!timestamp 2021-08-14", "' 2021-08-14 '"])
def test_a_date_tagged_or_quoted_with_spaces_is_the_date(tmp_path, written):
    """YAML's own tag had given a date refused as "got datetime.date(2021, 8, 14)", and a quoted
    date with a space "invalid character in year"."""
    from datetime import date

    assert load_config(_raw_config(tmp_path, BASE_YAML + f"date: {written}\n")).date == date(2021, 8, 14)


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "huge", "binary", "value-flood", "key-flood"])
def test_configs_that_are_not_small_text_files_fail_fast(tmp_path, kind):
    """Under 1 MB, a flood of values (400,000 list items, 90,000 keys) had kept the YAML reader busy
    13 s before any check refused them: a config of more than 10,000 values is refused as it is read."""
    import os
    import time

    path = tmp_path / "day.yaml"
    if kind == "dev-zero":
        path = Path("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "huge":
        path.write_text(BASE_YAML + "glossary:\n" + "  - {term: Istilah}\n" * 120_000)
    elif kind == "value-flood":
        path.write_text(BASE_YAML + "x: [" + "1," * 400_000 + "1]\n")
    elif kind == "key-flood":
        path.write_text(BASE_YAML + "".join(f"k{i}: 1\n" for i in range(90_000)))
    else:
        path.write_bytes(b"\xff\xfe\x00id: x\n" * 10)
    started = time.monotonic()
    line = _error_line(invoke("validate", path))
    # a hang guard: /dev/zero and a FIFO never end, the floods' message shows where they stopped;
    # refusing takes under 1 s at load 10 on two cores
    assert str(path) in line and time.monotonic() - started < 60
    if kind.endswith("flood"):
        assert "not valid YAML: line " in line and "more than 10,000 values" in line, line


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"speakers": [{"name": "Ayu\tLarasati"}]}, "field 'speakers.0.name'"),
        ({"speakers": [{"name": "Ayu\nLarasati"}]}, "field 'speakers.0.name'"),
        # as written (literally, a line break to YAML): its place, not a backslash's escape nowhere typed
        ({"speakers": [{"name": "Ayu\u2028Larasati"}]}, "holds U+2028 (a line separator) on line 5, column 13"),
        ({"speakers": [{"name": "   "}]}, "field 'speakers.0.name'"),
        ({"speakers": [{"name": "A", "role": "x\ry"}]}, "field 'speakers.0.role'"),
        ({"title": "Judul\nbaris dua"}, "field 'title'"),
        ({"glossary": [{"term": "a\x00b"}]}, "field 'glossary.0.term'"),
        ({"speakers": [{"name": "Dr. Ayu"}, {"name": "dr.  ayu"}]}, "is given twice"),
        ({"id": "index.html"}, "field 'id'"),
        ({"id": "index.csv"}, "field 'id'"),
        ({"id": "topics.parquet"}, "field 'id'"),
        ({"source_track": -1}, "field 'source_track'"),
        ({"source_channel": 0}, "field 'source_channel.0': Input should be greater than or equal to 1"),
        ({"source_channel": [1, 65]}, "field 'source_channel.1': Input should be less than or equal to 64"),
        ({"source_channel": [2, 2]}, "field 'source_channel': channel 2 is given twice; give each channel once"),
        ({"speakers": [{"name": "\u200b"}]}, "no visible character"),
        ({"speakers": [{"name": "Ayu \u202eLarasati"}]}, "control character '\\u202e'"),
        ({"title": "Hari \u2066satu"}, "field 'title'"),
        ({"speakers": [{"name": "Ayu\u00adLarasati"}, {"name": "AyuLarasati"}]}, "is given twice"),
        ({"speakers": [{"name": "\uff21yu"}, {"name": "Ayu"}]}, "is given twice"),
        ({"speakers": [{"name": "\u3164"}]}, "no visible character"),  # a Hangul filler
        ({"title": "\u0301\u0301"}, "no visible character"),  # combining marks on nothing
        ({"title": "\u2800"}, "no visible character"),  # the braille blank
        ({"speakers": [{"name": "Ayu"}, {"name": "Ayu\u3164"}]}, "the name 'Ayu\\u3164' is given twice"),
        ({"speakers": [{"name": "Ayu\ufe0f"}, {"name": "Ayu"}]}, "is given twice"),
        ({"speakers": [{"name": "Budi Santoso"}, {"name": "Budi\u3164Santoso"}]}, "is given twice"),
        ({"speakers": [{"name": "Al-Farisi"}, {"name": "Al\u2011Farisi"}]}, "is given twice"),
        ({"speakers": [{"name": "Ayu\U0001d159"}, {"name": "Ayu"}]}, "is given twice"),
        (
            {"speakers": [{"name": "Ayu Larasati"}, {"name": "Ayu_Larasati"}]},
            "'Ayu Larasati' and 'Ayu_Larasati' read as the same name (in the RTTM, search and the tables)",
        ),
        (
            {"speakers": [{"name": "H.E. Chalief Akbar"}, {"name": "Chalief Akbar"}]},
            "'H.E. Chalief Akbar' and 'Chalief Akbar' are one person's name (Chalief Akbar) without titles",
        ),
        ({"speakers": [{"name": "Dr. Ayu Larasati, M.Ikom."}, {"name": "Ibu Ayu  Larasati"}]}, "are one person's name"),
        (  # the tables' person_key joins the old and the new spelling: one person twice
            {"speakers": [{"name": "Ir. Soekarno"}, {"name": "Sukarno"}]},
            "'Ir. Soekarno' and 'Sukarno' are one person's name spelt two ways (Soekarno, Sukarno: the tables join",
        ),
        ({"speakers": [{"name": "Dr. Ayu Larasati"}, {"name": "Ayu Larassati"}]}, "one person's name spelt two ways"),
        ({"speakers": [{"name": "Moh. Hatta"}, {"name": "Muhammad Hatta"}]}, "one person's name spelt two ways"),
        (
            {"glossary": [{"term": "Aljazair", "type": "GPE"}, {"term": "aljazair", "type": "ORG"}]},
            "field 'glossary': 'aljazair' is given twice, as GPE and as ORG; give it once",
        ),
        ({"title": "\U0001d159"}, "no visible character"),
        ({"title": "Hari \ufffd\ufffd"}, "lost in decoding"),
        ({"language": "zz"}, "field 'language': 'zz' is not a language Whisper transcribes"),
        (
            {"transcribe": {"switch_languages": ["en", "xx"]}},
            "field 'transcribe.switch_languages': 'xx' is not a language Whisper transcribes",
        ),
        ({"transcribe": {"batch_size": 8, "switch_languages": ["en"]}}, "switch_languages works with sequential"),
        (
            {"transcribe": {"switch_languages": ["en", "en"]}},
            "field 'transcribe.switch_languages': 'en' is given twice",
        ),
        ({"transcribe": {"device": "gpu"}}, "field 'transcribe.device': no usable gpu device"),
        ({"transcribe": {"compute_type": "float16"}}, "field 'transcribe.compute_type': float16 does not run on cpu"),
        ({"speakers": [{"name": "Speaker 2"}]}, "field 'speakers.0.name': 'Speaker 2' is a name the pipeline gives"),
        ({"speakers": [{"name": "speaker  3"}]}, "field 'speakers.0.name'"),
        ({"speakers": [{"name": "SPEAKER_02"}]}, "field 'speakers.0.name': 'SPEAKER_02' is a name the pipeline"),
        ({"speakers": [{"name": "(all)"}]}, "field 'speakers.0.name': '(all)' is a name the pipeline"),
        ({"speakers": [{"name": "<NA>"}]}, "field 'speakers.0.name': '<NA>' is a name the pipeline"),
        ({"speakers": [{"name": "Ayu Larasati"}, {"name": "Ayu La\u034frasati"}]}, "is given twice"),
        ({"speakers": [{"name": "A", "role": "Narasumber \ud83d"}]}, "field 'speakers.0.role': holds U+D83D"),
        ({"title": "Judul \uffff akhir"}, "field 'title': holds U+FFFF"),
        ({"glossary": [{"term": "istilah \U0010ffff"}]}, "field 'glossary.0.term': holds U+10FFFF"),
        ({"report": "laporan\ud800.txt"}, "field 'report': holds U+D800"),
        ({"report": "https://stekom.ac.id/berita/hari-10"}, "field 'report': is a web address; save the file beside"),
        ({"truth": "~/truth.json"}, "field 'truth': starts with '~', which is not read as a home folder"),
    ],
)
def test_config_text_that_would_break_an_output_format_is_refused(tmp_path, fields, expected):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, **fields)))
    assert expected in line, line


def test_two_people_whose_names_differ_only_as_people_are_told_apart_are_two_speakers(tmp_path):
    """person_key keeps apart the spellings that also tell two people apart (Achmad and Ahmad), so
    the check that refuses one person's two spellings does not refuse them."""
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path, speakers=[{"name": "Achmad Yani"}, {"name": "Ahmad Yani"}, {"name": "Moderator"}])
    assert [speaker.name for speaker in load_config(config).speakers] == ["Achmad Yani", "Ahmad Yani", "Moderator"]


def test_names_with_format_syntax_stay_inside_their_cue_and_field():
    """A name or a transcript line with `-->` or a blank line must not end a subtitle cue; a name
    with spaces must stay one RTTM field."""
    import srt
    import webvtt

    from pipeline.diarize import Diarization, SpeakerWord, Turn, rttm_lines
    from pipeline.exports import captions

    names = {"S0": "A --> B  <b>Ayu</b> & co"}
    texts = ["satu --> dua", "tiga\n\nempat", "lima"]
    words = [
        SpeakerWord(segment=i, start=i * 5.0 + j * 0.5, end=i * 5.0 + j * 0.5 + 0.4, word=f" {word}", speaker="S0")
        for i, text in enumerate(texts)
        for j, word in enumerate(text.split(" "))
    ]
    voices = shown_voices(names)
    srt_text, vtt_text = captions.srt(words, voices, duration=RUNS_ON), captions.webvtt(words, voices, duration=RUNS_ON)
    cues = list(srt.parse(srt_text))
    assert len(cues) == 3 and all("-->" not in c.content and "\n\n" not in c.content for c in cues)
    import io

    assert len(webvtt.from_buffer(io.StringIO(vtt_text)).captions) == 3
    diarization = Diarization.model_construct(
        speakers=[type("S", (), {"label": "S0", "name": "Ayu  Larasati\u00a0S.Sos."})()],
        turns=[Turn(speaker="S0", start=0, end=1)],
    )
    (line,) = rttm_lines("day", diarization).splitlines()
    assert len(line.split()) == 10


@pytest.mark.parametrize("extra", ["date: 2021-13-45\n", "id: index.html\n", "title: [\n"])
def test_a_bad_config_fails_its_own_day_in_a_batch_and_nothing_else(tmp_path, extra):
    from pipeline.batch import run_one_day

    text = BASE_YAML.replace("id: raw-day\n", "") + ("id: raw-day\n" if "id:" not in extra else "") + extra
    outcome = run_one_day(str(_raw_config(tmp_path, text)), str(tmp_path / "out"))
    assert outcome.status == "failed" and "raw.yaml" in outcome.reason
    assert "Traceback" not in outcome.reason and "\n" not in outcome.reason


@pytest.mark.parametrize(
    "report, expected",
    [
        ("LAPORAN KEGIATAN WORKSHOP DIPLOMASI\n", "no sentences found"),
        ("Judul\n\nSubjudul\n", "no sentences found"),
        ("Diplomasi digital dibahas panjang lebar hari ini. " * 21000, "over 1,000,000 characters"),
        (
            "<!DOCTYPE html><html><body><p>Diplomasi digital dibahas panjang lebar hari ini.</p></body></html>",
            "report is an HTML page, not plain text",
        ),
        ("<p>Diplomasi digital dibahas.</p>\n" * 5, "report is an HTML page"),
        ("no,poin\n" + "".join(f'{i},"Butir {i} membahas diplomasi digital."\n' for i in range(6)), "a table (CSV"),
        (json.dumps("Diplomasi digital dibahas.\n\nKerja sama ekonomi juga dibahas."), "report is JSON data"),
        ("https://stekom.ac.id/berita https://example.org/a. Kontak: humas@stekom.ac.id.\n", "no sentences found"),
        ("\u200b\ufeff\u202e \n", "report file is empty"),
        (
            "".join(f"Butir laporan nomor {i} tentang anggaran desa {i} berjalan baik.\n" for i in range(1000)),
            "report of 1,000 points, more than a day's report has (400 at most)",
        ),
    ],
    ids=[
        "title-only",
        "headings-only",
        "over-limit",
        "html-page",
        "html-paragraphs",
        "numbered-csv",
        "json-string",
        "addresses-only",
        "invisible",
        "a-thousand-points",
    ],
)
def test_reports_out_of_range_are_refused_at_validate(tmp_path, report, expected):
    line = _error_line(_validate_report(tmp_path, report))
    assert "laporan.txt" in line and expected in line


def test_a_recording_still_being_written_is_refused_not_archived_short(tmp_path, monkeypatch):
    """A WebM or Ogg still being recorded states no length, so what was written so far decoded
    as a whole recording: 6 s of a 2-minute stream were archived without a word, with the sha256
    of other bytes than those decoded.  A file that grows while it is read is refused in one line;
    the previous audio.wav stays."""
    import pipeline.download

    write_tone(tmp_path / "talk.wav", seconds=4)
    config = write_config(tmp_path)
    out = tmp_path / "out"
    assert invoke("--outputs", out, "download", config).exit_code == 0
    kept = (out / "test-day" / "audio.wav").read_bytes()
    write_tone(tmp_path / "talk.wav", seconds=3)
    decode = pipeline.download.decode_to_wav

    def decoded_while_the_recorder_writes(*args, **kwargs):
        with open(tmp_path / "talk.wav", "ab") as recorder:
            recorder.write(bytes(32000))
        return decode(*args, **kwargs)

    monkeypatch.setattr(pipeline.download, "decode_to_wav", decoded_while_the_recorder_writes)
    line = _error_line(invoke("--outputs", out, "download", config))
    assert "talk.wav: the file changed while it was read" in line and "still being written" in line
    assert (out / "test-day" / "audio.wav").read_bytes() == kept


@pytest.mark.parametrize(
    "swap, expected",
    [
        ("symlink-outside", "outside the config's folder"),
        ("symlink-to-dev-zero", "outside the config's folder"),
        ("fifo", "is a FIFO"),
        ("folder", "is a folder"),
    ],
)
@pytest.mark.parametrize("field", ["source", "report", "truth"])
def test_a_file_swapped_during_a_run_is_not_read(tmp_path, field, swap, expected):
    """Validated while a regular file; replaced by a link to a file outside the config's folder,
    a FIFO or a folder before the stage reads it: refused at once, nothing outside is read."""
    import os

    from pipeline.artifacts import DayPaths, PipelineError
    from pipeline.config import load_config
    from pipeline.download import download
    from pipeline.evaluate import evaluate
    from pipeline.text.report import read_report

    inner = tmp_path / "configs"
    inner.mkdir()
    write_tone(inner / "talk.wav")
    (inner / "truth.json").write_text('{"turns": [{"speaker": "A", "start": 0, "end": 1, "text": "x"}]}')
    config = load_config(write_config(inner, truth="truth.json"))
    outside = write_tone(tmp_path / "secret.wav") if field == "source" else tmp_path / "secret.txt"
    if field != "source":
        outside.write_text("Rahasia yang tidak boleh dibaca sama sekali oleh lokakarya.\n")
    target = inner / {"source": "talk.wav", "report": "day-10.txt", "truth": "truth.json"}[field]
    target.unlink()
    if swap == "fifo":
        os.mkfifo(target)
    elif swap == "folder":
        target.mkdir()
    else:
        target.symlink_to("/dev/zero" if swap == "symlink-to-dev-zero" else outside)
    paths = DayPaths.for_day(tmp_path / "out", config.id)
    with pytest.raises(PipelineError, match=expected):
        if field == "source":
            download(config, paths)
        elif field == "report":
            read_report(config)
        else:
            evaluate(config, paths)
    assert not paths.audio.exists()


@pytest.mark.parametrize("stage", ["transcribe", "diarize", "topics", "compare", "summary", "page"])
def test_every_stage_run_before_its_input_says_which_stage_to_run(tmp_path, stage):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("--outputs", tmp_path / "out", stage, write_config(tmp_path)))
    assert "missing; run the '" in line and "' stage first" in line, line


@pytest.mark.parametrize("seconds", [0.1, 0.5, 1.5])
def test_a_clip_too_short_for_a_record_is_refused_at_download(tmp_path, seconds):
    write_tone(tmp_path / "talk.wav", seconds=seconds)
    line = _error_line(invoke("--outputs", tmp_path / "out", "download", write_config(tmp_path)))
    assert "talk.wav" in line and "s long; at least 2 s" in line


@pytest.mark.parametrize(
    "name, expected",
    [
        ("day\\10.yaml", "holds a backslash"),
        ("hari\udce9.yaml", "is not UTF-8 (byte 0xe9)"),
        ("hari\u202elmay.yaml", "holds U+202E, which no one sees"),
        ("day\n10.yaml", "holds the control character '\\n'"),
        ("day\t10.yaml", "holds the control character '\\t'"),
        ("day\r10.yaml", "holds the control character '\\r'"),
        ("day\x8510.yaml", "holds the control character '\\x85'"),
        ("day\u202810.yaml", "holds the control character '\\u2028'"),
    ],
    ids=["backslash", "latin-1-byte", "direction-override", "newline", "tab", "carriage-return", "nel", "line-sep"],
)
def test_a_config_whose_file_name_a_summary_cannot_record_is_refused_before_any_stage(tmp_path, name, expected):
    """summary.json records the config's file name, a name without folders, as UTF-8 text:
    "day\\10.yaml" had run every stage and then failed at the summary; "day\\n10.yaml" had run
    and put its newline into summary.json, status.json and a row of index.csv parted in two."""
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, name=name)))
    assert f"the config's file name {expected}" in line, line


@pytest.mark.parametrize("command", ["run", "download", "transcribe", "page", "evaluate", "batch"])
def test_a_config_named_with_a_newline_is_refused_by_every_command(tmp_path, command):
    """Every command that takes a config refuses one whose name holds a newline, in one line with
    the name escaped, and makes no day (batch: that entry fails, exit status 1)."""
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path, name="day\n10.yaml")
    result = invoke("--outputs", tmp_path / "out", command, config)
    assert result.exit_code == 1, result.output
    assert "day\\n10.yaml: the config's file name holds the control character '\\n'" in result.output, result.output
    assert not (tmp_path / "out" / "test-day").exists()
    if command != "batch":
        _error_line(result)


@pytest.mark.parametrize(
    "name",
    [
        "Harga $\\frac{1 dan $x^",
        '=HYPERLINK("http://x","klik")',
        "<script>alert(1)</script> & </title>",
        "A --> B\u00a0 C",
        "{\\an8}{\\fs120}Akbar",
        "Budi\\NSantoso\\h\\hDuta",
        ' =HYPERLINK("http://x","klik")',
    ],
    ids=["mathtext", "csv-formula", "html", "caption-arrow", "subtitle-override", "subtitle-escape", "csv-after-space"],
)
def test_config_text_reaches_every_output_whole_and_inert(tmp_path, name):
    """A speaker name and a title that are syntax in matplotlib, a spreadsheet, HTML or captions
    end up as plain text in the page, index.csv, the captions and the RTTM."""
    import csv
    import io
    import re

    import markupsafe
    import srt

    from fakes import make_day
    from pipeline.diarize import Diarization, rttm_lines
    from pipeline.index import refresh_archive

    _, paths = make_day(tmp_path / "configs", tmp_path / "out", title=name, speakers=[{"name": name}, {"name": "Dua"}])
    refresh_archive(tmp_path / "out", "id")
    page = paths.page.read_text()
    assert "<script>alert" not in page and str(markupsafe.escape(name)) in page
    (row,) = csv.DictReader(io.StringIO((tmp_path / "out" / "index.csv").read_text()))
    assert not row["title"].lstrip().startswith(("=", "+", "-", "@")) and row["title"].endswith(name)
    # the name (shortened) stays in its cue, before the words or on a line of its own above them
    cues = list(srt.parse(paths.transcript_srt.read_text()))
    assert len(cues) >= 3 and all(re.match(r"[^\n]+:[ \n]", cue.content) and "-->" not in cue.content for cue in cues)
    # libass would act on an override block, and break a line at \N or \n
    assert not any("{" in cue.content or "\\" in cue.content for cue in cues)
    diarization = Diarization.model_validate_json(paths.speakers.read_bytes())
    assert all(len(line.split()) == 10 for line in rttm_lines("test-day", diarization).splitlines())


@pytest.mark.parametrize(
    "truth",
    [
        b"\x00\x01binary",
        b'{"turns": []}',
        b'{"turns": [{"speaker": "A", "start": 5, "end": 1, "text": "x"}]}',
        "symlink",
    ],
    ids=["binary", "no-turns", "backwards-turn", "symlink-outside"],
)
def test_a_truth_that_is_not_one_is_one_line_at_evaluate(tmp_path, truth):
    from fakes import make_day

    config, _ = make_day(tmp_path / "configs", tmp_path / "out")
    target = config.parent / "truth.json"
    if truth == "symlink":
        (tmp_path / "secret.json").write_text('{"turns": [{"speaker": "A", "start": 0, "end": 1, "text": "x"}]}')
        target.symlink_to(tmp_path / "secret.json")
    else:
        target.write_bytes(truth)
    text = config.read_text() + "truth: truth.json\n"
    config.write_text(text)
    line = _error_line(invoke("--outputs", tmp_path / "out", "evaluate", config))
    assert "truth.json" in line and ("not a ground-truth file" in line or "outside the config's folder" in line)


@pytest.mark.parametrize("stage", ["transcribe", "diarize", "page"])
@pytest.mark.parametrize("damage", ["text", "symlink-to-text", "truncated-header"])
def test_a_damaged_audio_wav_names_itself_and_the_stage_to_rerun(tmp_path, stage, damage):
    """Stage commands refuse an audio.wav that is not the one source.json describes, or not the
    file the download stage wrote (a link in its place, as every artifact's); the WAV reader itself
    names a damaged file (for a file that changes after the check)."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    paths.listening.unlink()
    if damage == "text":
        paths.audio.write_text("bukan audio\n" * 100)
    elif damage == "symlink-to-text":
        paths.audio.unlink()
        paths.audio.symlink_to(config)
    else:
        paths.audio.write_bytes(paths.audio.read_bytes()[:20])
    line = _error_line(invoke("--outputs", tmp_path / "out", stage, config))
    why = "a link, not the file the download stage wrote" if damage.startswith("symlink") else None
    assert line.startswith(
        f"Error: {paths.audio}: {why or 'not the audio source.json describes (damaged or replaced)'}; "
        f"run the 'download' stage first"
    ), line
    # `run` sees the same and remakes it from the source
    assert invoke("--outputs", tmp_path / "out", "run", config).exit_code == 0
    assert soundfile.info(paths.audio).duration == 12.0


@pytest.mark.parametrize(
    "edit, stale",
    [("new-recording", "source.json"), ("transcribe-option", "transcript.json"), ("speaker-names", "speakers.json")],
)
@pytest.mark.parametrize("stage", ["summary", "page"])
def test_a_stage_run_on_an_out_of_date_input_names_the_stage_to_rerun(tmp_path, edit, stale, stage):
    """A stage command never mixes an earlier artifact made from an older recording or config
    with newer ones: one line names the stale artifact and the stage that remakes it."""
    import yaml

    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    fields = yaml.safe_load(config.read_text())
    if edit == "new-recording":
        write_tone(config.parent / "talk.wav", seconds=3)
    elif edit == "transcribe-option":
        fields["transcribe"] = {"beam_size": 2}
    else:
        fields["speakers"][1]["name"] = "Nama Baru"
    config.write_text(yaml.safe_dump(fields, allow_unicode=True))
    before = paths.summary.read_bytes()
    line = _error_line(invoke("--outputs", tmp_path / "out", stage, config))
    assert line.startswith(f"Error: {paths.root / stale}: out of date") and "stage first" in line, line
    assert paths.summary.read_bytes() == before


@pytest.mark.parametrize("reader", ["plan_pieces", "read_piece", "encode_listening_copy"])
def test_every_reader_of_audio_wav_names_a_damaged_one(tmp_path, reader):
    from pipeline.artifacts import PipelineError
    from pipeline.media import audio

    damaged = tmp_path / "audio.wav"
    damaged.write_bytes(b"RIFF\x00\x00")
    calls = {
        "plan_pieces": lambda: audio.plan_pieces(damaged, 600),
        "read_piece": lambda: audio.read_piece(damaged, (0, 10)),
        "encode_listening_copy": lambda: audio.encode_listening_copy(damaged, tmp_path / "a.webm", "0" * 64),
    }
    with pytest.raises(PipelineError, match=r"audio\.wav: not a readable WAV .*rerun the 'download' stage"):
        calls[reader]()
    assert not (tmp_path / "a.webm").exists()


def _numeric_fields(model, prefix=""):
    """Every int and float field of the config, with its place, through the option sections."""
    import typing

    from pydantic import BaseModel

    for name, field in model.model_fields.items():
        kinds = typing.get_args(field.annotation) or (field.annotation,)
        if any(isinstance(kind, type) and issubclass(kind, BaseModel) for kind in kinds):
            yield from _numeric_fields(next(k for k in kinds if isinstance(k, type)), f"{prefix}{name}.")
        elif int in kinds or float in kinds:
            yield f"{prefix}{name}", field


def test_every_number_of_a_config_has_bounds_on_both_sides():
    """A typo such as 1e300 or 10^20 threads is refused by validate, naming the field, instead of
    overflowing inside yt-dlp or torch."""
    from pipeline.config import DayConfig

    fields = dict(_numeric_fields(DayConfig))
    assert "diarize.threads" in fields and "download.socket_timeout" in fields
    for place, field in fields.items():
        bounds = {type(m).__name__ for m in field.metadata}
        assert bounds & {"Ge", "Gt"} and bounds & {"Le", "Lt"}, place


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"download": {"socket_timeout": 1e300}}, "download.socket_timeout"),
        ({"diarize": {"threads": 10**20}}, "diarize.threads"),
        ({"topics": {"top_n": 10**30}}, "topics.top_n"),
        ({"diarize": {"window_seconds": 1e6}}, "diarize.window_seconds"),
    ],
)
def test_absurd_numbers_are_refused_at_validate(tmp_path, fields, expected):
    config = write_config(tmp_path, **fields)
    line = _error_line(invoke("validate", config))
    assert str(config) in line and f"field '{expected}'" in line


@pytest.mark.parametrize(
    "args, expected",
    [
        (("validate", "{folder}"), "is a directory"),
        (("--outputs", "{file}", "doctor", "--no-network"), "'--outputs'"),
        (("run", "day.yaml", "--force", "nonsense"), "'--force'"),
        (("search", "x", "--limit", "0"), "'--limit'"),
        (("nosuchcommand",), "No such command"),
        (("validate",), "Missing argument 'CONFIG'"),
        (("--outputs", "", "validate", "day.yaml"), "'--outputs': is empty"),
        (("--outputs", "out\n", "validate", "day.yaml"), "'--outputs': 'out\\n' holds the control character"),
        (("--outputs", "/dev/null", "doctor", "--no-network"), "'--outputs': '/dev/null' is not a folder"),
        (("--outputs", "/dev/null", "summary", "day.yaml"), "'--outputs': '/dev/null' is not a folder"),
        # with no value after it, --outputs given after the command had taken the command as its value
        (("run", "day.yaml", "--outputs"), "Option '--outputs' requires an argument"),
        (("validate", "--outputs"), "Option '--outputs' requires an argument"),
        # click kept the last of an option given twice without a word: only topics forced, one folder of two
        (("run", "day.yaml", "--force", "download", "--force", "topics"), "Option '--force' is given twice"),
        (("--outputs", "a", "validate", "day.yaml", "--outputs", "b"), "Option '--outputs' is given twice"),
        (("search", "x", "--day", "day-1", "--day=day-2"), "Option '--day' is given twice"),
    ],
    ids=[
        "config-folder",
        "outputs-file",
        "force-typo",
        "limit-zero",
        "command-typo",
        "no-config",
        "outputs-empty",
        "outputs-newline",
        "outputs-device",
        "outputs-device-stage",
        "outputs-last-without-value",
        "outputs-after-command-without-value",
        "force-twice",
        "outputs-twice",
        "day-twice",
    ],
)
def test_usage_errors_are_one_line_naming_the_option(tmp_path, args, expected):
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "file").write_text("x")
    args = [a.format(folder=tmp_path / "folder.yaml", file=tmp_path / "file") for a in args]
    result = CliRunner().invoke(cli, args)
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert lines[0].startswith("Error: ") and expected in lines[0] and "--help" in lines[0]


@pytest.mark.parametrize("command", ["validate", "run", "batch"])
def test_a_config_named_with_a_leading_dash_is_told_how_to_name_it(tmp_path, monkeypatch, command):
    """ "-hari.yaml" is read as the options -h, -a, ...: click's "No such option '-h'" said nothing of the file."""
    monkeypatch.chdir(tmp_path)
    write_tone(tmp_path / "talk.wav")
    write_config(tmp_path, name="-hari.yaml")
    lines = CliRunner().invoke(cli, [command, "-hari.yaml"]).output.strip().splitlines()
    assert len(lines) == 1 and "'-hari.yaml' is a file here" in lines[0], lines
    assert "name it ./-hari.yaml, or put -- before it" in lines[0] and "--help" in lines[0]
    assert CliRunner().invoke(cli, ["validate", "./-hari.yaml"]).exit_code == 0
    assert "No such option '-x'" in CliRunner().invoke(cli, [command, "-x"]).output  # no such file: as before


def test_a_search_query_that_begins_with_a_word_left_out_is_told_to_follow_a_double_dash(tmp_path):
    lines = CliRunner().invoke(cli, ["--outputs", tmp_path, "search", "-digital diplomasi"]).output.splitlines()
    assert len(lines) == 1 and "a query that begins with '-' ('-digital diplomasi') goes after --" in lines[0], lines


@pytest.mark.parametrize("value", ["", " "])
def test_an_empty_outputs_folder_from_the_environment_is_refused_as_the_options(tmp_path, monkeypatch, value):
    """`LOKAKARYA_OUTPUTS="$OUT"` with $OUT unset had put the days into ./outputs without a word."""
    monkeypatch.chdir(tmp_path)
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path)
    result = CliRunner().invoke(cli, ["run", str(config)], env={"LOKAKARYA_OUTPUTS": value})
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert lines[0].startswith("Error: Invalid value for '--outputs' (from LOKAKARYA_OUTPUTS): is empty;"), lines[0]
    assert not (tmp_path / "outputs").exists()
    given = CliRunner().invoke(
        cli, ["--outputs", str(tmp_path / "out"), "validate", str(config)], env={"LOKAKARYA_OUTPUTS": value}
    )
    assert given.exit_code == 0, given.output  # the option, given, is what counts


@pytest.mark.parametrize("marked_by", ["status.json", "summary.json", "journal.jsonl"])
@pytest.mark.parametrize(
    "command", [("tables",), ("run", "day.yaml"), ("summary", "day.yaml"), ("batch", "day.yaml"), ("search", "x")]
)
def test_a_days_folder_given_as_the_outputs_folder_is_refused(tmp_path, monkeypatch, command, marked_by):
    """The archive's page had overwritten the day's own, and its tables gone into the day folder;
    the folder's own files are left as they were."""
    day = tmp_path / "out" / "test-day"
    day.mkdir(parents=True)
    (day / marked_by).write_text("{}")
    (day / "index.html").write_text("the day's page")
    monkeypatch.chdir(tmp_path)
    for how in ("option", "environment"):
        args, env = (["--outputs", str(day)], {}) if how == "option" else ([], {"LOKAKARYA_OUTPUTS": str(day)})
        result = CliRunner().invoke(cli, [*args, *command], env=env)
        lines = result.output.strip().splitlines()
        assert result.exit_code == 2 and len(lines) == 1, result.output
        named = "'--outputs'" + (" (from LOKAKARYA_OUTPUTS)" if env else "")
        assert f"{named}: '{day}' is a day's folder (it holds {marked_by})" in lines[0], lines[0]
        assert f"name the folder it is in, '{tmp_path / 'out'}'" in lines[0]
    assert sorted(p.name for p in day.iterdir()) == sorted([marked_by, "index.html"])
    assert (day / "index.html").read_text() == "the day's page"


@pytest.mark.parametrize(
    "command", [("tables",), ("run", "day.yaml"), ("summary", "day.yaml"), ("batch", "day.yaml"), ("search", "x")]
)
def test_an_outputs_folder_under_a_file_is_refused_naming_the_file(tmp_path, monkeypatch, command):
    """`--outputs report.txt/out`: run and the stages had named the day's lock ("could not write: Not
    a directory"), batch the bare error ("out: Not a directory"), tables and search no outputs folder."""
    (tmp_path / "report.txt").write_text("kept")
    monkeypatch.chdir(tmp_path)
    for outputs in ("report.txt/out", "report.txt/out/deeper", str(tmp_path / "report.txt" / "out")):
        result = CliRunner().invoke(cli, ["--outputs", outputs, *command])
        lines = result.output.strip().splitlines()
        assert result.exit_code == 2 and len(lines) == 1, result.output
        assert f"'--outputs': '{outputs}' is under '{tmp_path / 'report.txt'}', a file, not a folder" in lines[0]
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
    assert (tmp_path / "report.txt").read_text() == "kept"


NOT_AN_ARCHIVES = (
    "not an archive's (no archive of lokakarya's days is here), and the archive's files would replace them; "
    "give --outputs a folder of its own, or move them away"
)


@pytest.mark.parametrize("command", ["tables", "run", "batch"])
@pytest.mark.parametrize("name", ["index.html", "index.csv", "datapackage.json", "segments.parquet"])
def test_a_folder_that_holds_no_archive_keeps_its_own_file_of_an_archive_files_name(tmp_path, command, name):
    """`--outputs ~/situs`, a website's folder (or one of spreadsheets) with its own index.html:
    the archive page had replaced it without a word.  A folder with such a file and no archive (no
    .archive.lock, which every making of the tables leaves, and no day folder a run made) is
    refused in one line naming the file, before anything is written (the fifty-eighth round); an
    archive's own folder, a new one and an empty one are made as before (the other tests)."""
    from fakes import make_day

    config, _ = make_day(tmp_path / "configs", tmp_path / "made")
    site = tmp_path / "situs"
    site.mkdir()
    (site / name).write_text("<html>halaman saya sendiri</html>")
    result = invoke("--outputs", site, command, *([] if command == "tables" else [config]))
    assert _error_line(result) == f"Error: {site}: holds {name}, {NOT_AN_ARCHIVES}"
    assert [path.name for path in site.iterdir()] == [name]
    assert (site / name).read_text() == "<html>halaman saya sendiri</html>"
    (tmp_path / "made" / ".archive.lock").unlink(missing_ok=True)  # a day folder a run made: an archive
    shutil.copy(site / name, tmp_path / "made" / name)
    assert invoke("--outputs", tmp_path / "made", "tables").exit_code == 0


def test_a_folder_of_another_s_files_is_refused_naming_every_one_of_them_at_once(tmp_path):
    """Every file of an archive file's name in the one error (a review: one at a time, it had taken
    up to 14 rounds of moving a file and running again); a datapackage.json of another package is
    no archive's."""
    site = tmp_path / "situs"
    site.mkdir()
    for name in ("index.html", "index.csv", "segments.parquet", "datapackage.json"):
        (site / name).write_text('{"name": "laporan-dinas"}')
    before = {path.name: path.read_bytes() for path in site.iterdir()}
    result = invoke("--outputs", site, "tables")
    named = "segments.parquet, index.csv, datapackage.json, index.html (4 files)"
    assert _error_line(result) == f"Error: {site}: holds {named}, {NOT_AN_ARCHIVES}"
    assert {path.name: path.read_bytes() for path in site.iterdir()} == before


@pytest.mark.parametrize("removed", ["dot-files", "days and lock"])
def test_an_archive_without_its_lock_or_days_is_known_by_its_data_package(tmp_path, removed):
    """A real archive copied or unzipped without its dot-files (no .archive.lock), before any day,
    or one whose day folders and lock were removed, is still an archive (its datapackage.json's
    "name"), made again as before, and `run` and `batch` pass it (their one check, before any
    stage): the review found it refused as another folder's."""
    from fakes import make_day
    from pipeline.index import refuse_another_folders_files

    outputs = tmp_path / "arsip"
    if removed == "dot-files":
        outputs.mkdir()
    else:
        make_day(tmp_path / "configs", outputs)
    assert invoke("--outputs", outputs, "tables").exit_code == 0
    shutil.rmtree(outputs / "test-day", ignore_errors=True)
    for hidden in outputs.glob(".*"):
        shutil.rmtree(hidden) if hidden.is_dir() else hidden.unlink()
    assert (outputs / "index.html").exists() and not (outputs / ".archive.lock").exists()
    refuse_another_folders_files(outputs)
    result = invoke("--outputs", outputs, "tables")
    assert result.exit_code == 0 and "not an archive's" not in result.output, result.output


@pytest.mark.parametrize(
    "command",
    [("tables",), ("run", "day.yaml"), ("download", "day.yaml"), ("batch", "day.yaml"), ("search", "x"), ("doctor",)],
)
def test_an_outputs_folder_of_a_name_too_long_for_the_disk_is_refused_naming_it(tmp_path, command):
    """A folder name over the disk's limit (255 bytes on most: a title pasted, 128 Indonesian letters
    of two bytes each): `run` had said '.../demo: File name too long', `doctor` '[Errno 36] ...',
    `search` that segments.parquet was missing, `batch` the day's 'OSError: [Errno 36]' (the
    fifty-eighth round).  The names are made from the limit this disk says, one byte over it."""
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    for name in ("x" * (limit + 1), "é" * (limit // 2 + 1)):
        outputs = tmp_path / name / "arsip"
        result = invoke("--outputs", outputs, *command)
        lines = result.output.strip().splitlines()
        assert result.exit_code == 2 and len(lines) == 1, result.output
        size = len(name.encode())
        assert f"'--outputs': '{outputs}' holds a name of {size:,} bytes ('{name[:40]}…')" in lines[0], lines[0]
        assert f"a folder's name fits in {limit} bytes on this disk" in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_a_name_too_long_where_the_disk_does_not_say_its_limit_is_said_of_the_usual_one(tmp_path, monkeypatch):
    """Where the system does not say a disk's limit (pathconf fails), the error does not say it of
    this disk (a review): 255 bytes, the usual limit, is what the check assumed."""

    def unsaid(*_args):
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(os, "pathconf", unsaid)
    outputs = tmp_path / ("é" * 128) / "arsip"
    result = invoke("--outputs", outputs, "tables")
    assert result.exit_code == 2 and "a folder's name fits in 255 bytes (the usual limit)" in result.output, (
        result.output
    )
    assert "on this disk" not in result.output


@pytest.mark.parametrize(
    "command", [("tables",), ("run", "day.yaml"), ("page", "day.yaml"), ("batch", "day.yaml"), ("search", "x")]
)
def test_an_outputs_folder_that_is_a_link_astray_is_refused_naming_the_link(tmp_path, monkeypatch, command):
    """`--outputs` a link round in a loop, or one to a folder not there (a drive not mounted), or a
    folder under either: `page` had said 'out/test-day: is a file', `run` and the stages of a loop
    'internal error: RuntimeError: Symlink loop', and `batch` had made the folder the link names."""
    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "gone").symlink_to(tmp_path / "not-mounted")
    monkeypatch.chdir(tmp_path)
    for outputs, link, what in (
        ("loop", "", "a loop of links"),
        ("loop/out", f" under '{tmp_path / 'loop'}',", "a loop of links"),
        ("gone", "", "a link that leads nowhere"),
        ("gone/out", f" under '{tmp_path / 'gone'}',", "a link that leads nowhere"),
    ):
        result = CliRunner().invoke(cli, ["--outputs", outputs, *command])
        lines = result.output.strip().splitlines()
        assert result.exit_code == 2 and len(lines) == 1, result.output
        assert f"'--outputs': '{outputs}' is{link} {what}, not a folder; mend or remove the link" in lines[0], lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gone", "loop"]


@pytest.mark.parametrize("command", [("tables",), ("search", "x")])
def test_an_outputs_folder_reached_through_a_link_that_leads_somewhere_is_used(tmp_path, monkeypatch, command):
    """The other side of the links astray: a link to a real folder, and a folder to make under
    one, are outputs like any other (an archive on another drive, linked in)."""
    from pipeline.records.files import link_astray

    (tmp_path / "drive").mkdir()
    (tmp_path / "archive").symlink_to(tmp_path / "drive")
    monkeypatch.chdir(tmp_path)
    assert link_astray("archive") is None and link_astray("archive/new") is None
    for outputs in ("archive", "archive/new"):
        result = CliRunner().invoke(cli, ["--outputs", outputs, *command])
        assert "link" not in result.output and "not a folder" not in result.output, result.output


def test_a_day_folder_that_is_a_loop_of_links_is_named_by_every_stage(tmp_path):
    """outputs/<id> a link to itself: every stage and `run` had stopped at 'internal error:
    RuntimeError: Symlink loop' (preflight's Path.resolve), where a link that leads nowhere was named."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    shutil.rmtree(paths.root)
    paths.root.symlink_to(paths.root.name)
    for command in ("run", "compare", "page"):
        result = invoke("--outputs", tmp_path / "out", command, config)
        assert result.exit_code == 1, result.output
        assert f"Error: {paths.root}: is a loop of links, not a day folder; move it away" in result.output.splitlines()
        assert "internal error" not in result.output
    assert paths.root.is_symlink() and os.readlink(paths.root) == paths.root.name


def test_a_home_folder_the_shell_did_not_expand_is_the_home_folder(tmp_path, monkeypatch):
    """`--outputs "~/arsip"` quoted, or LOKAKARYA_OUTPUTS=~/arsip from a file no shell reads: the days
    had gone into a folder named ~ in the current one; `validate "~/x.yaml"` had not found a config
    that `batch` found.  A folder of that very name, where there is one, is still taken as named."""
    from fakes import make_day

    home, here = tmp_path / "home", tmp_path / "here"
    here.mkdir()
    config, _ = make_day(home / "configs", home / "arsip")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(here)
    typed = f"~/{config.relative_to(home)}"
    assert invoke("validate", typed).exit_code == 0
    for args, env in ((["--outputs", "~/arsip"], {}), ([], {"LOKAKARYA_OUTPUTS": "~/arsip"})):
        result = CliRunner().invoke(cli, [*args, "summary", typed], env=env)
        assert result.exit_code == 0 and str(home / "arsip" / "test-day" / "summary.json") in result.output
    assert not list(here.iterdir())
    (here / "~" / "arsip").mkdir(parents=True)
    result = invoke("--outputs", "~/arsip", "tables")
    assert result.exit_code == 0 and (here / "~" / "arsip" / "index.parquet").is_file(), result.output


@pytest.mark.parametrize("command", ["run", "summary", "batch"])
def test_an_outputs_folder_whose_day_folder_holds_the_days_own_files_is_refused(tmp_path, command):
    """`--outputs configs` makes `configs/<id>/` the day's folder, where the day keeps its
    recording: the summary had written the transcript over a report named transcript.txt there."""
    kept = tmp_path / "test-day"
    kept.mkdir()
    write_tone(kept / "talk.wav")
    report = kept / "transcript.txt"
    report.write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    config = write_config(tmp_path, source="test-day/talk.wav", report="test-day/transcript.txt")
    result = invoke("--outputs", tmp_path, command, config)
    line = next(line for line in result.output.splitlines() if str(kept) in line)
    assert result.exit_code == 1, result.output
    assert f"{kept}: this day's folder holds its source file (talk.wav), which lokakarya would write" in line, line
    assert sorted(path.name for path in kept.iterdir()) == ["talk.wav", "transcript.txt"]  # no lock, no status
    assert report.read_text(encoding="utf-8") == REPORT.read_text(encoding="utf-8")


def test_ctrl_c_while_the_options_are_read_is_one_line(tmp_path, monkeypatch):
    """A Ctrl-C while the command line was read (the outputs folder looked at) had been click's
    "Aborted!" with exit status 1; it is the one line and status 130 of any other Ctrl-C."""
    from pipeline import cli as cli_module

    def interrupted(folder):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module, "_day_file", interrupted)
    result = CliRunner().invoke(cli, ["--outputs", str(tmp_path / "out"), "tables"])
    assert result.exit_code == 130, result.output
    assert result.output == "Error: interrupted (Ctrl-C); what had finished is kept, and the same command goes on\n"


def test_a_folder_given_as_a_config_fails_its_own_day_in_a_batch(tmp_path):
    (tmp_path / "folder.yaml").mkdir()
    result = invoke("--outputs", tmp_path / "out", "batch", tmp_path / "folder.yaml", tmp_path / "missing.yaml")
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1
    assert lines[0].startswith(f"{tmp_path / 'folder.yaml'}: failed:") and "folder" in lines[0]
    assert lines[1].startswith(f"{tmp_path / 'missing.yaml'}: failed:") and "not found" in lines[1]


@pytest.mark.parametrize(
    "source, expected",
    [
        ("http://", "names no host"),
        ("https://:80/talk.wav", "names no host"),
        ("http://example.org:99999/talk.wav", "port"),
        ("http://example.org/a talk.wav", "spaces"),
        # past what servers take; the records and warnings quoting it had failed the download as an internal error
        ("https://example.org/talk.wav?t=" + "a" * 25_000, "the URL is 25,031 characters long, more than the 8,000"),
    ],
)
def test_urls_that_cannot_be_fetched_are_refused_at_validate(tmp_path, source, expected):
    config = write_config(tmp_path, source=source)
    line = _error_line(invoke("validate", config))
    assert str(config) in line and "field 'source'" in line and expected in line


def test_validate_reads_the_whole_ground_truth(tmp_path):
    write_tone(tmp_path / "talk.wav")
    (tmp_path / "truth.json").write_text('{"turns": [{"speaker": "A", "start": 0, "end"')
    config = write_config(tmp_path, truth="truth.json")
    line = _error_line(invoke("validate", config))
    assert str(tmp_path / "truth.json") in line and "not a ground-truth file" in line


@pytest.mark.parametrize(
    "field, name, expected",
    [
        ("source", "kosong.wav", "the file is empty (0 bytes), not a recording"),
        ("truth", "kosong.json", "ground-truth file is empty (0 bytes)"),
        ("report", "kosong.txt", "report file is empty"),  # said so already
    ],
)
def test_an_empty_file_is_said_to_be_empty(tmp_path, field, name, expected):
    """A zero-byte source had been 'not a readable audio or video file (InvalidDataError)' and a
    zero-byte truth 'not JSON: Expecting value': each now says, in one line naming it, that it is empty."""
    write_tone(tmp_path / "talk.wav")
    (tmp_path / name).write_bytes(b"")
    line = _error_line(invoke("validate", write_config(tmp_path, **{field: name})))
    assert str(tmp_path / name) in line and expected in line, line
    assert "InvalidDataError" not in line and "Expecting value" not in line


def test_a_truth_past_the_end_of_the_recording_is_refused_and_scores_stay(tmp_path):
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    truth = config.parent / "truth.json"
    turns = [{"speaker": "A", "start": 0, "end": 1, "text": "diplomasi"}]
    truth.write_text(json.dumps({"turns": turns}))
    config.write_text(config.read_text() + "truth: truth.json\n")
    assert invoke("--outputs", tmp_path / "out", "evaluate", config).exit_code == 0
    scores = paths.scores.read_bytes()
    turns.append({"speaker": "B", "start": 1, "end": 1e308, "text": "digital"})
    truth.write_text(json.dumps({"turns": turns}))
    line = _error_line(invoke("--outputs", tmp_path / "out", "evaluate", config))
    assert str(truth) in line and "turn 1 ends at 1e+308 s, after the end of the recording" in line
    assert paths.scores.read_bytes() == scores


def test_a_missing_earlier_artifact_is_named_rather_than_the_one_made_from_it(tmp_path):
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    paths.transcript.unlink()
    line = _error_line(invoke("--outputs", tmp_path / "out", "topics", config))
    assert line.startswith(f"Error: {paths.transcript}: not found; run the 'transcribe' stage first")


def test_a_scheduler_address_that_is_not_one_names_the_option(tmp_path):
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path)
    line = _error_line(invoke("--outputs", tmp_path / "out", "batch", config, "--scheduler", "not an address"))
    assert line.startswith("Error: --scheduler 'not an address': no Dask scheduler reached")


@pytest.mark.parametrize("damage", ["binary-key", "truncated-table", "folder-for-table", "file-for-day"])
def test_a_damaged_tables_cache_is_made_again(tmp_path, damage):
    from fakes import make_day
    from pipeline.index import refresh_archive

    _, paths = make_day(tmp_path / "configs", tmp_path / "out")
    outputs = tmp_path / "out"
    refresh_archive(outputs)
    cache = outputs / ".tables-cache" / paths.root.name
    expected = (outputs / "index.csv").read_bytes()
    if damage == "binary-key":
        (cache / "key.json").write_bytes(b"\xc6\xff\x00garbage")
    elif damage == "truncated-table":
        (cache / "segments.parquet.cache").write_bytes((cache / "segments.parquet.cache").read_bytes()[:100])
    elif damage == "folder-for-table":
        (cache / "segments.parquet.cache").unlink()
        (cache / "segments.parquet.cache").mkdir()
    else:
        shutil.rmtree(cache)
        cache.write_text("x")
    (outputs / ".tables-cache" / "stray-file").write_text("x")
    refresh_archive(outputs)
    assert (outputs / "index.csv").read_bytes() == expected
    assert sorted(p.name for p in (outputs / ".tables-cache").iterdir()) == [paths.root.name]


@pytest.mark.parametrize("content", [b'{"provenance": {"tool', b"\xff\xfe\x00zz", b"", b"null", b"[1]"])
def test_a_damaged_earlier_artifact_is_called_damaged_not_out_of_date(tmp_path, content):
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    paths.speakers.write_bytes(content)
    line = _error_line(invoke("--outputs", tmp_path / "out", "topics", config))
    assert line.startswith(f"Error: {paths.speakers}: damaged, not a diarize artifact (")
    assert line.endswith("run the 'diarize' stage first, or `lokakarya run`")


def test_a_byte_order_mark_is_no_damage_and_a_damaged_artifact_is_named_before_run_makes_it_again(tmp_path):
    """An editor may save a hand edit with a byte-order mark, or with a typo: the first is read,
    the second may be someone's work, so `run` says what it replaces."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    paths.speakers.write_bytes(b"\xef\xbb\xbf" + paths.speakers.read_bytes())
    assert invoke("--outputs", tmp_path / "out", "topics", config).exit_code == 0
    paths.speakers.write_bytes(paths.speakers.read_bytes()[:-2])
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert f"{paths.speakers}: damaged, not a diarize artifact (" in result.output
    assert "; the diarize stage runs again" in result.output


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text.replace('"phrase": "', '"phrase": "A \\ud800 x ', 1),
        lambda text: text.replace('"phrase": "', '"phrase": "\\udc00', 1),
        lambda text: "{" + text.split("{", 1)[1].replace('"provenance": ', '"provenance": null, "provenance": ', 1),
        lambda text: text[: text.index('"score": ') + 9] + "NaN" + text[text.index(",", text.index('"score": ')) :],
    ],
    ids=["lone-high-surrogate", "lone-low-surrogate", "key-twice", "nan"],
)
def test_a_record_the_reader_refuses_is_damaged_for_run_and_made_again(tmp_path, damage):
    """json.loads takes them, the artifacts' reader does not: taken as up to date, the record failed
    every later run the same way, instead of being made again as a record cut short is."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    paths.topics.write_text(damage(paths.topics.read_text(encoding="utf-8")), encoding="utf-8")
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert result.exit_code == 0, result.output
    assert f"{paths.topics}: damaged, not a topics artifact (" in result.output
    assert "; the topics stage runs again" in result.output
    assert invoke("--outputs", tmp_path / "out", "compare", config).exit_code == 0  # its reader takes it now


def test_lokakarya_alone_shows_the_help_not_an_error():
    result = CliRunner().invoke(cli, [], prog_name="lokakarya")
    assert result.output.startswith("Usage: lokakarya") and "Error" not in result.output and "validate" in result.output


@pytest.mark.parametrize("keep", [0.75, 0.99])
def test_a_wav_cut_short_is_refused_at_validate_by_any_amount(tmp_path, keep):
    """The data chunk states the length exactly: a quarter or a hundredth missing of 5 s (under
    the 2 s tolerance for lengths that are only declared) is still audio lost."""
    write_tone(tmp_path / "whole.wav", seconds=5)
    whole = (tmp_path / "whole.wav").read_bytes()
    (tmp_path / "talk.wav").write_bytes(whole[: int(len(whole) * keep)])
    line = _error_line(invoke("validate", write_config(tmp_path)))
    assert "talk.wav: download is incomplete: the file ends inside its WAV data chunk" in line


def test_a_batch_whose_tables_cannot_be_written_still_reports_every_day(tmp_path):
    from fakes import make_day

    make_day(tmp_path / "configs", tmp_path / "out")
    (tmp_path / "out" / "index.parquet").unlink(missing_ok=True)
    (tmp_path / "out" / "index.parquet").mkdir()  # the table cannot be written over a folder that holds files
    (tmp_path / "out" / "index.parquet" / "kept").write_text("x")
    result = invoke("--outputs", tmp_path / "out", "batch", tmp_path / "missing.yaml")
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 2, result.output
    assert lines[0].startswith(f"{tmp_path / 'missing.yaml'}: failed:") and lines[1].startswith("Error: ")


@pytest.mark.parametrize("blocked", ["index.parquet", "points.parquet", "index.csv", "datapackage.json"])
def test_tables_are_written_all_or_none(tmp_path, blocked):
    """A folder where one table goes: before, the tables before it were rewritten and index.csv
    was not, so the two index files told different archives."""
    from fakes import make_day
    from pipeline.index import refresh_archive
    from pipeline.records.files import PipelineError

    make_day(tmp_path / "configs", tmp_path / "out")
    (tmp_path / "out" / blocked).mkdir()
    what = _archive_file_named(blocked)
    with pytest.raises(PipelineError, match=rf"{blocked}: is a folder, where the archive {what} goes") as error:
        refresh_archive(tmp_path / "out")
    assert "\n" not in str(error.value)
    written = [
        path.name
        for path in (tmp_path / "out").iterdir()
        if path.is_file() and path.suffix in (".parquet", ".csv", ".json")
    ]
    assert written == []


def _archive_files() -> list[str]:
    from pipeline.records.columns import FILES, INDEX_CSV, PACKAGE

    return [*FILES.values(), INDEX_CSV, PACKAGE, "index.html"]


def _archive_file_named(name: str) -> str:
    return {"index.html": "page", "datapackage.json": "data package"}.get(name, "table")


def _archive_bytes(outputs: Path) -> dict[str, bytes]:
    return {
        path.name: path.read_bytes() for path in outputs.iterdir() if path.name in _archive_files() and path.is_file()
    }


@pytest.mark.parametrize("name", _archive_files())
def test_a_fifo_where_an_archive_file_goes_stops_the_tables(tmp_path, name):
    """A FIFO where a table, index.csv, datapackage.json or the archive page goes reads as one in a
    day's record's place: one line naming it, no table written (the tables an earlier run wrote
    byte for byte as they were), the FIFO as it was.  It had been replaced without a word."""
    from fakes import make_day

    outputs = tmp_path / "out"
    make_day(tmp_path / "configs", outputs)
    assert invoke("--outputs", outputs, "tables").exit_code == 0
    (outputs / name).unlink()
    before = _archive_bytes(outputs)
    os.mkfifo(outputs / name)
    result = _ends_within(60, "--outputs", outputs, "tables")
    assert _error_line(result) == (
        f"Error: {outputs / name}: is a FIFO, not a regular {_archive_file_named(name)}; move it away "
        "(no table was written)"
    )
    assert stat.S_ISFIFO((outputs / name).lstat().st_mode)
    assert _archive_bytes(outputs) == before and len(before) == len(_archive_files()) - 1


@pytest.mark.parametrize("leads_to", ["a-file", "a-folder", "nowhere"])
@pytest.mark.parametrize("name", _archive_files())
def test_a_link_where_an_archive_file_goes_is_replaced_in_a_warning(tmp_path, name, leads_to):
    """A link where an archive file goes reads as one in a day's artifact's place: said in a warning
    naming it, and the file written in the link's place, never through it (into a folder it leads
    to, neither)."""
    from fakes import make_day

    make_day(tmp_path / "configs", tmp_path / "out")
    elsewhere = tmp_path / "elsewhere"
    if leads_to == "a-file":
        elsewhere.write_text("kept\n")
    elif leads_to == "a-folder":
        elsewhere.mkdir()
    (tmp_path / "out" / name).symlink_to(elsewhere)
    result = invoke("--outputs", tmp_path / "out", "tables")
    what = _archive_file_named(name)
    assert result.exit_code == 0, result.output
    assert (
        f"Warning: {tmp_path / 'out' / name}: a link, not the {what} lokakarya wrote; "
        f"the {what} replaces the link, not what it leads to"
    ) in result.output.splitlines(), result.output
    assert (tmp_path / "out" / name).is_file() and not (tmp_path / "out" / name).is_symlink()
    if leads_to == "a-file":
        assert elsewhere.read_text() == "kept\n"
    elif leads_to == "a-folder":
        assert list(elsewhere.iterdir()) == []
    else:
        assert not elsewhere.exists()


def test_a_link_beside_a_fifo_at_the_archive_files_is_kept_without_a_warning(tmp_path):
    """The link's warning comes once the files are written: with a FIFO at the page, nothing is,
    and the one line is the FIFO's (it had been said before, 'the table replaces the link', and the
    link kept)."""
    from fakes import make_day

    outputs = tmp_path / "out"
    make_day(tmp_path / "configs", outputs)
    (tmp_path / "elsewhere.csv").write_text("kept\n")
    (outputs / "index.csv").symlink_to(tmp_path / "elsewhere.csv")
    os.mkfifo(outputs / "index.html")
    line = _error_line(_ends_within(60, "--outputs", outputs, "tables"))
    assert line.startswith(f"Error: {outputs / 'index.html'}: is a FIFO"), line
    assert (outputs / "index.csv").is_symlink() and (tmp_path / "elsewhere.csv").read_text() == "kept\n"


def test_temporaries_of_a_killed_table_writer_are_swept(tmp_path):
    from fakes import make_day
    from pipeline.index import refresh_archive

    make_day(tmp_path / "configs", tmp_path / "out")
    refresh_archive(tmp_path / "out")
    dead = ended_pid()
    left = [
        tmp_path / "out" / f".index.parquet.{dead}.tmp",
        tmp_path / "out" / ".tables-cache" / "test-day" / f".index.parquet.{dead}.tmp",
    ]
    for path in left:
        path.write_bytes(b"half a table")
    refresh_archive(tmp_path / "out")
    assert not any(path.exists() for path in left)


@pytest.mark.parametrize(
    "form", ["cr", "u2028", "page-break", "zero-width", "zero-width-alone", "emoji-style", "bom-and-bidi", "markdown"]
)
def test_a_report_in_any_plain_text_form_gives_the_same_points(tmp_path, form):
    """Line breaks of every kind, invisible characters that come with text copied from the web,
    and Markdown's lists and tables: the same points as the report as published."""
    from pipeline.config import load_config
    from pipeline.text.points import split_points
    from pipeline.text.report import read_report

    original = (REPO / "configs" / "reports" / "day-10.txt").read_text(encoding="utf-8")
    paragraphs = [p.replace("\n", " ") for p in original.split("\n\n") if p.strip()]
    text = {
        "cr": original.replace("\n", "\r"),
        "u2028": original.replace("\n", "\u2028"),
        "page-break": original.replace("\n\n", "\n\f\n"),
        "zero-width": original.replace(" ", " \u200b").replace("ar", "a\u200dr"),
        "zero-width-alone": original.replace(" ", "\u200b"),  # the only thing between words
        "emoji-style": original.replace("a", "a\ufe0f"),
        "bom-and-bidi": "\ufeff" + original.replace("Diplomasi", "\u202aDiplomasi\u202c\u00ad"),
        "markdown": "# "  # (the report repeats its title: both as headings; a list item is a point)
        + paragraphs[0]
        + "\n\n## "
        + paragraphs[1]
        + "\n\n"
        + "\n".join("- " + p for p in paragraphs[2:6])
        + "\n\n| kolom | nilai |\n|---|---|\n| a | b |\n\n"
        + "\n\n".join(paragraphs[6:]),
    }[form]
    (tmp_path / "laporan.txt").write_text(text, encoding="utf-8", newline="")
    config = load_config(write_config(tmp_path, report="laporan.txt"))
    expected = split_points(original)
    assert split_points(read_report(config)) == expected and len(expected) > 20


def test_a_config_that_crashes_its_loading_fails_its_own_day_in_a_batch(tmp_path, monkeypatch):
    """Not only our own errors: whatever a config makes the loader raise stays with that config."""
    from pipeline import batch

    real = batch.load_config

    def crashing(path):
        if path.name == "crash.yaml":
            raise ValueError("embedded null byte")
        return real(path)

    monkeypatch.setattr(batch, "load_config", crashing)
    (tmp_path / "crash.yaml").write_text("id: crash\n")
    result = invoke("--outputs", tmp_path / "out", "batch", tmp_path / "crash.yaml", tmp_path / "missing.yaml")
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert lines[0].startswith(f"{tmp_path / 'crash.yaml'}: failed:") and "embedded null byte" in lines[0]
    assert lines[1].startswith(f"{tmp_path / 'missing.yaml'}: failed:") and "not found" in lines[1]


SPEAKERS_EDITS = {
    "stray-utterance-speaker": lambda d: d["utterances"][0].update(speaker="SPEAKER_99"),
    "stray-word-speaker": lambda d: d["words"][0].update(speaker="SPEAKER_42"),
    "no-speakers": lambda d: d.update(speakers=[]),
    "slice-past-the-words": lambda d: d["utterances"][-1].update(word_end=99999),
    "slice-backwards": lambda d: d["utterances"][0].update(word_start=10, word_end=2),
    "voice-twice": lambda d: d["speakers"].append(d["speakers"][0]),
    # credited in every piece of evidence, caption and table row: none, two lines, or two voices alike
    "empty-name": lambda d: d["speakers"][0].update(name=" "),
    "name-of-two-lines": lambda d: d["speakers"][0].update(name="Budi\nSantoso <script>"),
    "one-name-for-two-voices": lambda d: d["speakers"][1].update(name=d["speakers"][0]["name"]),
}


@pytest.mark.parametrize("edit", SPEAKERS_EDITS)
def test_a_hand_edited_speakers_json_is_named_with_the_stage_to_rerun(tmp_path, edit):
    """Valid JSON whose parts disagree: before, compare, evaluate and page crashed on it
    (KeyError, IndexError, ZeroDivisionError) or listed a voice twice."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    data = json.loads(paths.speakers.read_text())
    SPEAKERS_EDITS[edit](data)
    paths.speakers.write_text(json.dumps(data))
    line = _error_line(invoke("--outputs", tmp_path / "out", "topics", config))
    assert line.startswith(f"Error: {paths.speakers}: damaged, not a diarize artifact (") and line.endswith(
        "run the 'diarize' stage first, or `lokakarya run`"
    ), line


def test_one_days_broken_artifact_leaves_the_other_days_tables_whole(tmp_path):
    """The archive tables read every day: a day whose speakers.json was broken by hand is one
    'unreadable' row, and the day being run still gets its rows and its new title."""
    import pandas

    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    other = tmp_path / "out" / "other"
    shutil.copytree(paths.root, other)
    _edit(other / "summary.json", lambda d: d["day"].update(id="other"))  # a day of its own, not a copy
    data = json.loads((other / "speakers.json").read_text())
    SPEAKERS_EDITS["slice-backwards"](data)
    (other / "speakers.json").write_text(json.dumps(data))
    (other / "status.json").write_text(
        (other / "status.json").read_text().replace('"reason": null', '"reason": "' + "x" * 10_000 + '"')
    )
    config.write_text(config.read_text().replace("title: ", "title: Baru "))
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert result.exit_code == 0, result.output
    index = pandas.read_parquet(tmp_path / "out" / "index.parquet").set_index("id")
    assert index.loc["test-day", "title"].startswith("Baru ") and index.loc["other", "status"] == "unreadable"
    assert "speakers.json" in index.loc["other", "reason"] and len(index.loc["other", "reason"]) <= 1000


@pytest.mark.parametrize(
    "data, expected",
    [
        (
            '{"turns": [{"speaker": "Ren\u00e9", "start": 0, "end": 1, "text": "kata"}]}'.encode("cp1252"),
            "ground-truth file is not UTF-8 text (byte 0xe9 on line 1: Windows-1252, Latin-1",
        ),
        (b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4, "ground-truth file holds binary data, not text"),
    ],
    ids=["windows-1252", "binary"],
)
def test_a_truth_in_another_encoding_is_named_as_a_report_is(tmp_path, data, expected):
    """It had been Python's own words: 'utf-8' codec can't decode byte 0xe9 in position 162."""
    (tmp_path / "truth.json").write_bytes(data)
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, truth="truth.json")))
    assert f"{tmp_path / 'truth.json'}: {expected}" in line and "codec" not in line, line


@pytest.mark.parametrize(
    "name, text, kind",
    [
        ("truth.json", '{"turns": [{"speaker": "A", "start": 0, "end": 1, "text": "kata"}]}', "a ground-truth file"),
        ("truth.rttm", "SPEAKER demo 1 0.815 56.773 <NA> <NA> A <NA> <NA>\n" * 3, "a speech timing file (RTTM"),
        (
            "talk.srt",
            "1\n00:00:00,815 --> 00:00:04,000\nSelamat siang.\n\n2\n00:00:04,100 --> 00:00:06,000\nYa.\n",
            "a subtitle",
        ),
        ("talk.vtt", "WEBVTT\n\n00:00.815 --> 00:04.000\nSelamat siang.\n", "a subtitle file"),
    ],
    ids=["truth", "rttm", "srt", "vtt"],
)
def test_a_truth_or_subtitles_given_as_the_config_are_named_as_such(tmp_path, name, text, kind):
    """The files beside a config, named in its place: the truth had been eight fields required or
    unknown, subtitles 'not valid YAML: line 2: mapping values are not allowed here', an RTTM 'a
    single text' (the truth's reader already named the RTTM and subtitles so)."""
    (tmp_path / name).write_text(text)
    for command in ("validate", "run"):
        line = _error_line(invoke("--outputs", tmp_path / "out", command, tmp_path / name))
        assert f"{tmp_path / name}: config file is {kind}" in line and "not a day config" in line, line
    assert not (tmp_path / "out").exists()


SAVED_PAGE = (
    "\ufeff\n<!DOCTYPE html>\n<html><head><title>Berita</title>\n<style>\nbody { margin: 0 }\n.nav { color: red }\n"
    "</style>\n<script>\nvar dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n"
    'gtag("js", new Date());\nconst x = document.getElementById("a");\n</script></head>\n<body><p>'
    + REPORT.read_text(encoding="utf-8").replace("\n\n", "</p>\n<p>")
    + "</p></body></html>\n"
)


@pytest.mark.parametrize("field", ["report", "truth", "config"])
def test_a_page_saved_from_the_browser_is_named_an_html_page_wherever_it_is_given(tmp_path, field):
    """Under report: its scripts had made it 'JavaScript code' (the day's own index.html too); under
    truth: 'not JSON: Expecting value: line 1 column 1'; as the config 'not valid YAML: line 4, column
    14: mapping values are not allowed here'."""
    write_tone(tmp_path / "talk.wav")
    (tmp_path / "berita.html").write_text(SAVED_PAGE, encoding="utf-8")
    config = tmp_path / "berita.html" if field == "config" else write_config(tmp_path, **{field: "berita.html"})
    line = _error_line(invoke("validate", config))
    what = {"report": "report", "truth": "ground-truth file", "config": "config file"}[field]
    assert f"{tmp_path / 'berita.html'}: {what} is an HTML page, not " in line, line


@pytest.mark.parametrize("field", ["report", "truth", "config"])
def test_a_text_cut_short_inside_its_last_letter_is_called_cut_not_another_encoding(tmp_path, field):
    """A report, truth or config copied or downloaded short, its last letter's bytes begun and not
    ended: it had been 'UTF-8 text but for a few bytes: a character typed or pasted in another
    encoding'.  A lone last byte stays a code page's guess (Windows-1252 writes "Café" so); a
    letter's first bytes after ASCII alone are named both cut and a code page's."""
    write_tone(tmp_path / "talk.wav")
    truth = {"turns": [{"speaker": "Pembicara Satu", "start": 0, "end": 1, "text": "kata \u201ctepat\u201d"}]}
    name = {"report": "laporan.txt", "truth": "truth.json", "config": "day.yaml"}[field]
    config = write_config(tmp_path, **({field: name} if field != "config" else {}))
    whole = {
        "report": REPORT.read_bytes().rstrip() + " \u201cakhir\u201d".encode(),
        "truth": json.dumps(truth, ensure_ascii=False).encode(),
        "config": config.read_bytes() + "date: 2020-12-14 # \u201ctanggal\u201d".encode(),
    }[field]
    (tmp_path / name).write_bytes(whole[: whole.rindex("\u201d".encode()) + 2])  # 2 of the closing quote's 3 bytes
    line = _error_line(invoke("validate", config))
    assert f"{tmp_path / name}: " in line and "ends in the middle of a character (line " in line, line
    assert "another encoding" not in line and "Windows-1252" not in line, line
    (tmp_path / name).write_bytes(whole[: whole.rindex("\u201d".encode())] + b"\xe9")
    assert "ends in the middle" not in _error_line(invoke("validate", config))
    # ASCII but its last bytes, which begin a UTF-8 letter: cut inside a curly quote (e2 80, had been
    # guessed 'Shift-JIS' or 'Mac Roman' from two bytes) or a code page's ("André’" is e9 92 in
    # Windows-1252), so both readings are named; a lone last byte is a code page's alone
    ascii_text = whole.decode()[: whole.decode().rindex("\u201c")].encode("ascii", "ignore")
    for ending in (b"selesai \xe2\x80", "kata Andr\u00e9\u2019".encode("cp1252")):
        (tmp_path / name).write_bytes(ascii_text + ending)
        line = _error_line(invoke("validate", config))
        assert "ends in the middle of a character (line " in line, line
        assert f"byte 0x{ending[-2]:02x} on line " in line and "Windows-1252, Latin-1" in line, line
        assert "Shift-JIS" not in line and "Mac Roman" not in line, line
    (tmp_path / name).write_bytes(ascii_text + "kata Andr\u00e9".encode("latin-1"))
    line = _error_line(invoke("validate", config))
    assert "byte 0xe9 on line " in line and "Windows-1252, Latin-1" in line, line
    assert "ends in the middle" not in line, line


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "SPEAKER demo 1 0.815 56.773 <NA> <NA> H.E._Chalief_Akbar <NA> <NA>\n"
            "SPEAKER demo 1 58.100 60.200 <NA> <NA> Dr._Ayu_Larasati <NA> <NA>\n",
            "a speech timing file (RTTM, STM or CTM: who spoke, or what was said, when)",
        ),
        (
            "1\n00:00:00,815 --> 00:00:04,000\nSelamat siang.\n\n2\n00:00:04,100 --> 00:00:06,000\nTerima kasih.\n",
            "a subtitle file or a timed transcript",
        ),
        (yaml.safe_dump({"id": "hari-10", "title": "Hari", "source": "talk.wav"}), "a day config (YAML: id, source"),
    ],
    ids=["rttm", "srt", "config"],
)
def test_a_truth_given_as_the_days_rttm_or_subtitles_is_named_as_such(tmp_path, text, kind):
    """The bundled demo keeps truth.rttm beside truth.json: named under truth:, it or a config had
    been 'not a ground-truth file (not JSON: Expecting value: line 1 column 1 (char 0))'."""
    (tmp_path / "truth.rttm").write_text(text)
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, truth="truth.rttm")))
    assert line.startswith(f"Error: {tmp_path / 'truth.rttm'}: ground-truth file is {kind}"), line
    assert line.endswith(", not JSON with 'turns' of speaker, start, end, text"), line


TRUTH_EDITS = {
    "turn-twice": (lambda t: t["turns"].insert(1, t["turns"][0]), "a turn is given twice"),
    "no-words": (lambda t: [turn.update(text="... !!!") for turn in t["turns"]], "turns.0: holds no word"),
    "no-time": (lambda t: [turn.update(end=turn["start"]) for turn in t["turns"]], "turns.0: lasts no time"),
    "one-turn-empty": (lambda t: t["turns"][3].update(text="  "), "turns.3: holds no word"),
    "one-turn-of-no-time": (lambda t: t["turns"][2].update(end=t["turns"][2]["start"]), "turns.2: lasts no time"),
    "no-speaker": (lambda t: t["turns"][1].update(speaker=" "), "turns.1.speaker: String should match"),
    "bool-as-time": (lambda t: t["turns"][0].update(start=True), "turns.0.start: Input should be a valid number"),
    "text-as-time": (lambda t: t["turns"][0].update(start="1.0"), "turns.0.start: Input should be a valid number"),
    "nan": (lambda t: t["turns"][0].update(end=float("nan")), "turns.0.end: Input should be a finite number"),
    "too-many-turns": (lambda t: t.update(turns=t["turns"] * 2001), "at most 10000 items"),
}


@pytest.mark.parametrize("edit", TRUTH_EDITS)
def test_a_truth_that_cannot_be_scored_against_is_refused_at_validate(tmp_path, edit):
    """Before, each of these was scored with exit 0: WER 382 against a truth of punctuation, DER
    1.0 against turns of no length, a NaN end moved DER from 0.03 to 0.33, and 200,000 turns ran
    evaluate for minutes."""
    truth = json.loads((REPO / "configs" / "demo" / "truth.json").read_text())
    change, expected = TRUTH_EDITS[edit]
    change(truth)
    (tmp_path / "truth.json").write_text(json.dumps(truth))
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, truth="truth.json")))
    assert "truth.json: not a ground-truth file" in line and expected in line, line


def test_a_truth_with_a_key_twice_or_over_its_size_is_refused(tmp_path):
    from pipeline.records.files import PipelineError
    from pipeline.truth import MAX_TRUTH_BYTES, load_truth

    text = (REPO / "configs" / "demo" / "truth.json").read_text()
    (tmp_path / "twice.json").write_text('{"turns": [], ' + text.lstrip()[1:])
    with pytest.raises(PipelineError, match="the key 'turns' is given twice"):
        load_truth(tmp_path / "twice.json")
    (tmp_path / "huge.json").write_text(text + " " * MAX_TRUTH_BYTES)
    with pytest.raises(PipelineError, match="ground-truth file is over"):
        load_truth(tmp_path / "huge.json")


def test_a_truth_in_any_order_is_read_in_time_order():
    from pipeline.truth import load_truth

    path = REPO / "configs" / "demo" / "truth.json"
    truth = json.loads(path.read_text())
    truth["turns"].reverse()
    reordered = load_truth(path, io.BytesIO(json.dumps(truth).encode()))
    assert reordered == load_truth(path) and len(reordered.turns) > 2


@pytest.mark.parametrize(
    "model, expected",
    [
        ("{tmp}/gone", "gone: no such model folder ({config}: field 'transcribe.model')"),
        ("{tmp}/empty", "empty: not a faster-whisper model directory (no model.bin; {config}: field"),
        ("large-v9", "{config}: field 'transcribe.model': 'large-v9' is not a Whisper model faster-whisper knows"),
        ("", "{config}: field 'transcribe.model': String should have at least 1 character"),
    ],
    ids=["missing-folder", "empty-folder", "unknown-size", "empty"],
)
def test_a_model_that_cannot_be_is_refused_at_validate(tmp_path, model, expected):
    """Before, validate said ok to each, and only transcribe failed (on '', naming the current folder)."""
    (tmp_path / "empty").mkdir()
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path, transcribe={"model": model.format(tmp=tmp_path)})
    line = _error_line(invoke("validate", config))
    assert expected.format(config=config) in line, line


@pytest.mark.parametrize("model", ["base", "small", "large-v3", "Systran/faster-whisper-small"])
def test_model_names_and_hub_ids_pass_validate(tmp_path, model):
    write_tone(tmp_path / "talk.wav")
    assert invoke("validate", write_config(tmp_path, transcribe={"model": model})).exit_code == 0


def test_a_size_name_is_never_a_folder_of_that_name_here(tmp_path, monkeypatch):
    """An outputs folder called "base" in the current directory was taken for the default model."""
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path, transcribe={"model": "base"})
    (tmp_path / "here" / "base").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "here")
    assert invoke("validate", config).exit_code == 0


@pytest.mark.parametrize(
    "kind, expected",
    [("file", "is a file"), ("dangling-link", "is a link that leads nowhere"), ("link-to-file", "is a link to a file")],
)
def test_a_day_folder_that_is_not_one_is_named_as_what_it_is(tmp_path, kind, expected):
    write_tone(tmp_path / "talk.wav")
    day = tmp_path / "out" / "test-day"
    day.parent.mkdir()
    if kind == "file":
        day.write_text("x")
    else:
        (tmp_path / "elsewhere.txt").write_text("x")
        day.symlink_to(tmp_path / ("gone" if kind == "dangling-link" else "elsewhere.txt"))
    line = _error_line(invoke("--outputs", tmp_path / "out", "download", write_config(tmp_path)))
    assert f"{day}: {expected}, not a day folder" in line, line


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n(Diplomasi digital.) Tj\n", "report is a PDF document"),
        (b"PK\x03\x04" + b"word/document.xml" * 4, "report is a ZIP archive"),
        (b"<h1>Laporan</h1>\n<p>Diplomasi digital menjadi penting selama pandemi.</p>\n", "report is an HTML page"),
        ("外交部在疫情期间使用社交媒体。数字外交非常重要。".encode(), "report is written in a script without spaces"),
        ("ꦢꦶꦥ꧀ꦭꦺꦴꦩꦱꦶ ꦢꦶꦒꦶꦠꦭ꧀ ꦥꦼꦤ꧀ꦠꦶꦁ꧉".encode(), "report is written in a script without spaces"),  # Javanese
        (b"\xef\xbb\xbf{\\rtf1\\ansi Diplomasi digital menjadi penting.}", "report is an RTF document"),
        (b"\n\n%PDF-1.7\n(Diplomasi digital.) Tj\n", "report is a PDF document"),
        (b'<?xml version="1.0"?><svg><text>Diplomasi digital.</text></svg>', "report is an XML document"),
        (b"<section>Diplomasi digital&nbsp;menjadi penting selama pandemi.</section>", "report is an HTML page"),
        (b"<font size=3>Diplomasi digital menjadi penting.</font><hr>", "report is an HTML page"),
        (b"Diplomasi digital&#x2019;s peran&hellip; menjadi penting.", "report is an HTML page"),
        (b"%!PS-Adobe-3.0\n72 720 moveto (Diplomasi digital menjadi penting.) show\n", "report is a PostScript"),
        (b"\\documentclass{article}\n\\begin{document}\nDiplomasi digital.\n", "report is a LaTeX source"),
        ("ᨔᨗᨄᨀᨑᨛᨂᨙ ᨊᨙᨒᨗᨕᨚᨈᨚ ᨆᨀᨔᨛᨕᨛ ᨞".encode(), "report is written in a script without spaces"),  # Buginese
    ],
    ids=[
        "pdf-in-ascii",
        "docx",
        "html-fragment",
        "chinese",
        "javanese",
        "rtf-after-bom",
        "pdf-after-lines",
        "xml",
        "entities",
        "any-tag",
        "named-entities",
        "postscript",
        "latex",
        "buginese",
    ],
)
def test_a_report_that_is_not_plain_text_in_words_is_named_as_what_it_is(tmp_path, content, expected):
    (tmp_path / "laporan.txt").write_bytes(content)
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path, report="laporan.txt")
    line = _error_line(invoke("validate", config))
    assert line.startswith(f"Error: {tmp_path / 'laporan.txt'}: {expected}") and "field 'report'" in line, line


def test_markdown_marks_and_joiners_are_read_as_the_words_they_hold(tmp_path):
    text = read_as_report(
        tmp_path,
        "## Diplomasi\n\n> > Diplomasi digital menjadi **penting** selama pandemi [Covid-19](laporan.md) "
        "menurut _Duta Besar_.[^1]\n\nTim 👩\u200d💼 dan ka\u200bta 🏴\U000e0067\U000e0062\U000e007f\n\n"
        "[^1]: Catatan.\n\n"
        "Judul\n=====\n\nKita ~~tidak~~ [siap][1] <https://kemlu.go.id> dengan \\*serius\\*.\n\n"
        "[1]: https://kemlu.go.id\n\nKolom | Nilai\n--- | ---\nsatu | dua\n\n<!-- catatan editor -->\n",
    )
    assert "Diplomasi digital menjadi penting selama pandemi Covid-19 menurut Duta Besar." in text
    assert "👩\u200d💼" in text and "kata" in text and "\U000e0067\U000e0062\U000e007f" in text
    assert "Kita  siap  dengan *serius*." in text
    assert text.headings == {"Diplomasi", "Judul"}  # ATX and setext alike: titles, their words kept
    for gone in ("Catatan", "#", ">", "=", "tidak", "kemlu", "Kolom", "satu", "editor"):
        assert gone not in text, gone


def test_markdown_metadata_code_and_references_are_no_sentences_of_the_report(tmp_path):
    """A header of metadata, a fenced block of code, a shortcut reference, an e-mail autolink and a
    backslash line break: none of them words of the article (each had become a point or part of one)."""
    text = read_as_report(
        tmp_path,
        '---\ntitle: "Workshop Hari 10"\ndate: 2021-01-01\ntags: [diplomasi, digital]\n---\n\n'
        "Tanyakan kepada kami di [Instagram] atau tulis ke <humas@stekom.ac.id>. Diplomasi digital dibahas sejak\\\n"
        'tahun 2017.\n\n```python\nprint("hello world")\nfor i in range(10): pass\n```\n\n'
        "Kalimat setelah kode tetap ada, dan [1] tetap tertulis.\n\n[instagram]: https://instagram.com/stekom\n",
    )
    assert "Tanyakan kepada kami di Instagram atau tulis ke ." in text and "sejak\ntahun 2017." in text, text
    assert "Kalimat setelah kode tetap ada, dan [1] tetap tertulis." in text
    for gone in ("title", "tags", "print", "range", "humas", "https", "\\"):
        assert gone not in text, (gone, text)


def test_markdown_headings_over_paragraphs_are_titles_and_headings_alone_are_points(tmp_path):
    """A heading over each point ("## Poin 7: Melalui penggunaan media sosial", in sentence case or
    with a name's periods) had become a point of its own (coverage of the day fell from 0.75 to
    0.68); a heading with no paragraph under it is the point, and one ending in ':' leads its list."""
    import pickle

    from pipeline.config import load_config
    from pipeline.text.points import split_points
    from pipeline.text.report import read_report

    (tmp_path / "laporan.txt").write_text(
        "# Laporan webinar diplomasi digital\n\n"
        "## Poin 3: Ayu Larasati, S.Sos., M.Ikom.\n\n"
        "Dr. Ayu Larasati menjelaskan bahwa diplomasi digital mengubah cara negara berkomunikasi dengan publik.\n\n"
        "## Poin 7: Melalui penggunaan media sosial\n"
        "Kementerian menyampaikan pesan perdamaian kepada masyarakat internasional melalui media sosial.\n\n"
        "### Poin 9. kerja sama ekonomi\n\n"
        "Diplomasi digital juga menjadi sarana kerja sama ekonomi dan perdagangan internasional.\n\n"
        "### Tantangan diplomasi digital antara lain:\n\n"
        "- Keamanan siber harus dijaga oleh setiap kementerian dan lembaga negara.\n"
        "- Privasi data warga perlu dilindungi dalam setiap layanan publik digital.\n",
        encoding="utf-8",
    )
    config = load_config(write_config(tmp_path, report="laporan.txt"))
    report = read_report(config)
    points = split_points(report)
    lead = "Tantangan diplomasi digital antara lain:"
    assert points == [
        (
            "Dr. Ayu Larasati menjelaskan bahwa diplomasi digital mengubah cara negara berkomunikasi dengan publik.",
            None,
        ),
        ("Kementerian menyampaikan pesan perdamaian kepada masyarakat internasional melalui media sosial.", None),
        ("Diplomasi digital juga menjadi sarana kerja sama ekonomi dan perdagangan internasional.", None),
        ("Keamanan siber harus dijaga oleh setiap kementerian dan lembaga negara.", lead),
        ("Privasi data warga perlu dilindungi dalam setiap layanan publik digital.", lead),
    ], points
    assert "Poin 7: Melalui penggunaan media sosial" in report  # the words stay the report's (topics read them)
    assert split_points(pickle.loads(pickle.dumps(report))) == points  # as a worker is handed it

    (tmp_path / "laporan.txt").write_text(
        "# Laporan webinar diplomasi digital\n\n"
        "## Poin 1: Diplomasi digital menjadi bagian dari strategi kementerian sejak 2017\n\n"
        "## Poin 2: Media sosial mempermudah partisipasi publik dalam diplomasi\n"
        "## Poin 3: Setiap negara perlu menjaga keamanan siber dan privasi data\n",
        encoding="utf-8",
    )
    assert [point for point, _ in split_points(read_report(config))] == [
        "Poin 1: Diplomasi digital menjadi bagian dari strategi kementerian sejak 2017",
        "Poin 2: Media sosial mempermudah partisipasi publik dalam diplomasi",
        "Poin 3: Setiap negara perlu menjaga keamanan siber dan privasi data",
    ]


# The same report with ATX headings and with setext ones (a line of "=" or "-" under a paragraph),
# with what is no setext heading around them: a metadata header, a rule after a blank line, a
# table's rule and its last row, a list item over "---".
SETEXT_REPORTS = {
    "atx": (
        "---\ntitle: Laporan\ndate: 2021-01-01\n---\n"
        "# Laporan webinar diplomasi digital\n\n"
        "## Poin 3: Ayu Larasati, S.Sos., M.Ikom.\n\n"
        "Dr. Ayu Larasati menjelaskan bahwa diplomasi digital mengubah cara negara berkomunikasi dengan publik.\n\n"
        "## Poin 7: Melalui penggunaan media sosial\n"
        "Kementerian menyampaikan pesan perdamaian kepada masyarakat internasional melalui media sosial.\n\n"
        "---\n\n"
        "Kolom | Nilai\n--- | ---\nsatu | dua\n---\n\n"
        "## Tantangan diplomasi digital antara lain:\n\n"
        "- Keamanan siber harus dijaga oleh setiap kementerian dan lembaga negara.\n"
        "- Privasi data warga perlu dilindungi dalam setiap layanan publik digital.\n---\n"
    ),
    "setext": (
        "---\ntitle: Laporan\ndate: 2021-01-01\n---\n"
        "Laporan webinar\ndiplomasi digital\n=================\n\n"  # a paragraph's lines, joined
        "Poin 3: Ayu Larasati, S.Sos., M.Ikom.\n-\n\n"
        "Dr. Ayu Larasati menjelaskan bahwa diplomasi digital mengubah cara negara berkomunikasi dengan publik.\n\n"
        "Poin 7: Melalui penggunaan media sosial\n   ---   \n"
        "Kementerian menyampaikan pesan perdamaian kepada masyarakat internasional melalui media sosial.\n\n"
        "---\n\n"
        "Kolom | Nilai\n--- | ---\nsatu | dua\n---\n\n"
        "Tantangan diplomasi digital antara lain:\n----------------------------------------\n\n"
        "- Keamanan siber harus dijaga oleh setiap kementerian dan lembaga negara.\n"
        "- Privasi data warga perlu dilindungi dalam setiap layanan publik digital.\n---\n"
    ),
}


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_setext_headings_are_read_as_atx_ones(tmp_path, newline):
    """A heading underlined with "===" or "---" had its words dropped with its underline (a list's
    lead-in lost, and a report written as one heading a point lost every point), and a list item over
    a "---" went with it: each setext heading now reads as the ATX heading it is, a title over its
    paragraph or a point of its own; a "---" after a blank line, a list item or a table is a rule."""
    from pipeline.config import load_config
    from pipeline.text.points import split_points
    from pipeline.text.report import read_report

    config = load_config(write_config(tmp_path, report="laporan.txt"))
    read = {}
    for style, text in SETEXT_REPORTS.items():
        (tmp_path / "laporan.txt").write_text(text.replace("\n", newline), encoding="utf-8", newline="")
        read[style] = read_report(config)
    assert str(read["setext"]) == str(read["atx"]) and read["setext"].headings == read["atx"].headings == {
        "Laporan webinar diplomasi digital",
        "Poin 3: Ayu Larasati, S.Sos., M.Ikom.",
        "Poin 7: Melalui penggunaan media sosial",
    }
    lead = "Tantangan diplomasi digital antara lain:"
    assert split_points(read["setext"]) == [
        (
            "Dr. Ayu Larasati menjelaskan bahwa diplomasi digital mengubah cara negara berkomunikasi dengan publik.",
            None,
        ),
        ("Kementerian menyampaikan pesan perdamaian kepada masyarakat internasional melalui media sosial.", None),
        ("Keamanan siber harus dijaga oleh setiap kementerian dan lembaga negara.", lead),
        ("Privasi data warga perlu dilindungi dalam setiap layanan publik digital.", lead),
    ]

    # a report of one heading a point, as the ATX one of the test above: the same points
    points = [
        "Poin 1: Diplomasi digital menjadi bagian dari strategi kementerian sejak 2017",
        "Poin 2: Media sosial mempermudah partisipasi publik dalam diplomasi",
        "Poin 3: Setiap negara perlu menjaga keamanan siber dan privasi data",
    ]
    headings_only = {
        "atx": "# Laporan webinar diplomasi digital\n\n" + "".join(f"## {point}\n\n" for point in points),
        "setext": "Laporan webinar diplomasi digital\n===\n\n" + "".join(f"{point}\n---\n" for point in points),
    }
    for style, text in headings_only.items():
        (tmp_path / "laporan.txt").write_text(text.replace("\n", newline), encoding="utf-8", newline="")
        read[style] = split_points(read_report(config))
    assert read["setext"] == read["atx"] and [point for point, _ in read["atx"]] == points


def test_a_markdown_links_address_with_brackets_of_its_own_is_no_word_of_the_report(tmp_path):
    text = read_as_report(
        tmp_path,
        "Menurut [Wikipedia](https://id.wikipedia.org/wiki/Diplomasi_(hubungan)), diplomasi digital penting "
        "([laporan resmi](javascript:alert(2))). ![foto](foto_(1).jpg)\n",
    )
    assert "Menurut Wikipedia, diplomasi digital penting (laporan resmi)." in text, text
    assert not any(gone in text for gone in ("http", "javascript", "foto", "hubungan"))


def test_markdown_links_and_images_in_every_form_leave_only_their_words(tmp_path):
    """Titles in single quotes or brackets, brackets in a link's words, an address in angle
    brackets, a linked image, an image by reference, an inline <img> and an HTML block: a point
    keeps its words alone (with them left in, six of eight points had been read as narration)."""
    filler = " Diplomasi digital dibahas panjang lebar oleh para narasumber dalam sesi itu." * 20
    text = read_as_report(
        tmp_path,
        '<div align="center">\n\n![Logo](logo.png)\n\n</div>\n\n'
        "Menurut [Fergus Hanson](https://x.id/Fergus_Hanson 'Profil') diplomasi digital penting.\n\n"
        '[transformasi [strategi] diplomasi](https://x.id/a_(b) "Judul (tautan)") sejak 2017.\n\n'
        '![Foto peserta](https://x.id/foto_(1).jpg "Foto [1]") Para pemimpin tidak mesti bepergian.\n\n'
        "[![logo](logo.png)](https://x.id) Pidato dapat direkam.\n\n"
        'Pesan damai melalui [media sosial](https://x.id/x (Judul)) menurut <img src="x.png" alt="foto"> '
        "[Ayu Larasati](<https://x.id/a b>) dan ![foto][gambar1] kementerian &amp; KBRI.\n\n"
        "[gambar1]: https://x.id/foto.jpg\n" + filler + "\n",
    )
    for kept in (
        "Menurut Fergus Hanson diplomasi digital penting.",
        "transformasi [strategi] diplomasi sejak 2017.",
        "Para pemimpin tidak mesti bepergian.",
        "Pidato dapat direkam.",
        "kementerian & KBRI.",
    ):
        assert kept in text, (kept, text)
    for gone in ("http", "Profil", "Judul", "Foto", "logo", "img", "src", "div", "&amp;", "![", "]("):
        assert gone not in text, (gone, text)


@pytest.mark.parametrize("value, expected", [(6, "field 'report': must be a file name, not 6"), (True, "not True")])
def test_a_report_field_that_is_no_file_name_says_so(tmp_path, value, expected):
    line = _error_line(invoke("validate", write_config(tmp_path, report=value)))
    assert expected in line, line


def test_a_report_that_is_a_broken_link_names_the_link(tmp_path):
    (tmp_path / "laporan.txt").symlink_to(tmp_path / "hilang.txt")
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, report="laporan.txt")))
    assert f"'{tmp_path / 'laporan.txt'}' is a link to '{tmp_path / 'hilang.txt'}', which does not exist" in line


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _first_word_edited(d):
    """A word of speakers.json changed, and its utterance with it, but not transcript.json."""
    d["words"][0].update(word=" XXXX")
    first = d["utterances"][0]
    first.update(text="".join(w["word"] for w in d["words"][first["word_start"] : first["word_end"]]).strip())


def _no_word_timings(d):
    """A transcript of another tool, with text and no words."""
    d["words"] = []
    for u in d["utterances"]:
        u.update(word_start=0, word_end=0)
    for s in d["speakers"]:
        s.update(words=0)


def _swap_first_words(d):
    d["words"][0], d["words"][1] = d["words"][1], d["words"][0]


def _points_emptied(comparison: dict) -> None:
    """A comparison emptied by hand, its counts made to agree: a report that says nothing."""
    comparison.update(points=[], covered=0, partly=0, missing=0, narration=0, coverage=0.0)


def _evidence_misquoted(comparison: dict) -> None:
    comparison["points"][0]["evidence"][0].update(text="Saya mendukung perang dagang.")


def _coverage_raised(summary: dict) -> None:
    summary["comparison"].update(coverage=0.99)


def _occurrence_far_away(topics: dict) -> None:
    speaker = topics["per_speaker"][0]["speaker"]
    far = {"utterance": 10**12, "start": 0.0, "end": 1.0, "speaker": speaker, "matched": "x", "score": 100.0}
    topics["overall"][0]["occurrences"] = [far]


@pytest.mark.parametrize(
    "artifact, change, stage, expected",
    [
        ("speakers", lambda d: d.update(num_speakers=10**40), "topics", "num_speakers: Input should be less than"),
        ("speakers", lambda d: d["speakers"][0].update(talk_seconds=1e308), "topics", "talk_seconds"),
        ("speakers", lambda d: d["words"][0].update(start=9.0, end=1.0), "topics", "before its start at 9 s"),
        ("speakers", _swap_first_words, "topics", "words: entry 1 starts before the one ahead of it"),
        ("speakers", lambda d: d.update(num_speakers=7), "topics", "num_speakers is 7, but 2 voices are listed"),
        ("speakers", lambda d: d["words"][0].update(start="0.5"), "topics", "words.0.start: Input should be"),
        ("speakers", lambda d: d.update(num_speakers=True), "topics", "num_speakers: Input should be a valid integer"),
        ("speakers", lambda d: d["utterances"][0].update(index=5), "topics", "position 0 has index 5"),
        ("speakers", lambda d: d["provenance"].update(inputs="x"), "topics", "provenance.inputs is not a mapping"),
        ("comparison", lambda d: d.update(points=[]), "summary", "but 0 points are"),
        ("source", lambda d: d.update(duration=1e300), "summary", "duration: Input should be less than"),
        ("source", lambda d: d.update(duration=0), "summary", "duration: Input should be greater than 0"),
        ("speakers", lambda d: d.update(utterances=[]), "run", "holds no utterances (no speech was transcribed)"),
        ("topics", lambda d: d["provenance"]["inputs"].update(for_day="x"), "compare", "no input of a stage"),
        ("topics", lambda d: d["per_speaker"][0].update(speaker="S9"), "compare", "names speaker 'S9', which"),
        ("comparison", lambda d: d["points"][0]["evidence"][0].update(speaker="S9"), "summary", "speaker 'S9'"),
        ("topics", _occurrence_far_away, "compare", "points at utterance 1000000000000, past the 3"),
        ("speakers", lambda d: d["words"][0].update(segment=999), "topics", "word 0 is given segment 999"),
        ("speakers", lambda d: d["utterances"][0].update(segment=10**6), "topics", "utterance 0 is given segment"),
        ("speakers", lambda d: d["utterances"][0].update(word_end=0), "topics", "utterance 0 holds no word"),
        ("speakers", lambda d: d["speakers"][0].update(label=" "), "topics", "has an empty label"),
        ("topics", lambda d: d["overall"][0].update(phrase="kata " * 400_000), "compare", "overall.0.phrase"),
        ("topics", lambda d: d["overall"][0].update(score=1e308), "compare", "overall.0.score"),
        ("source", lambda d: d.update(kind="url", source="javascript:alert(1)"), "summary", "not an http(s) address"),
        ("source", lambda d: d.update(kind="url", source="https://u:pw@example.org/v"), "summary", "a user name or"),
        ("source", lambda d: d.update(kind="link"), "summary", "kind: Input should be 'url' or 'file'"),
        ("source", lambda d: d.update(title="Judul " * 5000), "summary", "'title' holds 30,000 characters"),
        ("comparison", lambda d: d["points"][0].update(text="x" * 20_001), "summary", "'text' holds 20,001"),
        ("comparison", lambda d: d.update(warnings=["w" * 30_000]), "summary", "'warnings' holds 30,000"),
        ("summary", lambda d: d["source"].update(kind="url", source="javascript:x"), "page", "not an http(s) address"),
        ("speakers", lambda d: d["utterances"][0].update(text="Selamat siang, Pak"), "topics", "utterance 0 reads"),
        ("speakers", lambda d: d["utterances"][0].update(end=5000.0), "topics", "but its words 0.0-"),
        ("speakers", _first_word_edited, "topics", "word 0 is ' XXXX' at 0.0-0.3 s, but transcript.json's is"),
        ("speakers", _no_word_timings, "topics", "utterance 0 holds no word"),
        ("speakers", lambda d: d["speakers"][0].update(talk_seconds=160.0), "topics", "is said to talk 160.0 s"),
        ("speakers", lambda d: d["speakers"][0].update(first_seen=3.0), "topics", "first heard at 3.0 s"),
        ("speakers", lambda d: d["speakers"][0].update(name="\u200b\u200b"), "topics", "must not be blank"),
        ("speakers", lambda d: d["speakers"][1].update(name=d["speakers"][0]["name"].upper()), "topics", "same name"),
        ("speakers", lambda d: d.update(num_speakers=101), "topics", "num_speakers is 101; a day has at most 100"),
        (
            "comparison",
            lambda d: d["unreported_passages"][0].update(utterances=[10**6]),
            "summary",
            "joins utterance 1000000, which is not SPEAKER_00's in speakers.json (of 3 utterances)",
        ),
        (
            "comparison",
            lambda d: d["housekeeping_passages"][0].update(utterances=[0]),
            "summary",
            "joins utterance 0, which is not SPEAKER_01's",
        ),
        ("comparison", lambda d: d["unreported_passages"][0].update(utterances=[2, 1]), "summary", "not in order"),
        ("transcript", lambda d: d.update(segments=[]), "topics", "segments: none, over 12 s of audio"),
        ("transcript", lambda d: d.update(segments=[], speech_duration=0.0), "diarize", "segments: none"),
        ("transcript", lambda d: d["segments"][1].update(words=[]), "topics", "segment 1 holds no word"),
        ("transcript", lambda d: d.update(speech_duration=1.0), "topics", "speech_duration is 1 s, but its segments"),
        ("topics", lambda d: d.update(per_speaker=[]), "compare", "per_speaker lists no entry for SPEAKER_00, SPE"),
        ("topics", lambda d: d["entities"].pop(1), "compare", "entities: the config's 'Dr. Ayu Larasati, S.Sos., M.I"),
        ("comparison", _points_emptied, "summary", "points: none; the compare stage writes no comparison"),
        ("summary", _coverage_raised, "page", "comparison.coverage is 0.99 where its inputs give "),
        ("source", lambda d: d.update(duration=100.0), "summary", "duration is 100 s, but audio.wav lasts 12.000 s"),
        (
            "source",
            lambda d: d.update(title="Judul palsu"),
            "summary",
            "title is 'Judul palsu' where its recording's file",
        ),
        ("comparison", _evidence_misquoted, "page", "the evidence at 0-3.5 s reads 'Saya mendukung perang dagang.', "),
        (
            "comparison",
            lambda d: d["unreported_passages"][0].update(speaker_name="Dr. Ayu Larasati, S.Sos., M.Ikom."),
            "summary",
            "names its speaker 'Dr. Ayu Larasati, S.Sos., M.Ikom.', not SPEAKER_00's name",
        ),
        ("transcript", lambda d: d.update(duration=11.0), "topics", "duration is 11 s, but audio.wav lasts 12.000"),
    ],
    ids=[
        "huge-count",
        "huge-seconds",
        "ends-before-start",
        "out-of-order",
        "count-disagrees",
        "number-as-text",
        "boolean-count",
        "utterance-index",
        "provenance-inputs",
        "no-points",
        "huge-duration",
        "no-duration",
        "no-utterances",
        "unknown-input",
        "topic-of-no-voice",
        "evidence-of-no-voice",
        "occurrence-past-the-talk",
        "word-in-another-segment",
        "utterance-in-no-segment",
        "utterance-of-no-word",
        "empty-label",
        "megabyte-phrase",
        "huge-score",
        "script-link",
        "url-password",
        "unknown-kind",
        "huge-title",
        "huge-point",
        "huge-warning",
        "summary-script-link",
        "utterance-text-not-its-words",
        "utterance-times-not-its-words",
        "word-not-the-transcripts",
        "no-word-timings",
        "talk-time-not-its-turns",
        "first-seen-not-its-first-turn",
        "invisible-name",
        "names-alike-but-for-case",
        "too-many-voices",
        "passage-past-the-talk",
        "passage-of-another-voice",
        "passage-out-of-order",
        "transcript-emptied",
        "transcript-emptied-with-its-duration",
        "segment-of-no-word",
        "speech-duration-not-its-segments",
        "voices-without-topics-entries",
        "config-name-taken-out-of-entities",
        "comparison-emptied",
        "summary-figure-edited",
        "source-duration-not-its-audio",
        "source-title-not-its-recordings",
        "evidence-misquoted",
        "passage-of-another-name",
        "transcript-duration-not-its-audio",
    ],
)
def test_hand_edited_artifacts_are_refused_naming_the_file_and_field(tmp_path, artifact, change, stage, expected):
    """Valid JSON that breaks what later stages take for granted: one line, the file, the field."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    target = paths.root / f"{artifact}.json"
    _edit(target, change)
    result = invoke("--outputs", tmp_path / "out", stage, config)
    line = _error_line(result) if stage != "run" else result.output.strip().splitlines()[-1]  # after the stages
    assert result.exit_code == 1 and line.startswith(f"Error: {target}: ") and expected in line, line


@pytest.mark.parametrize(
    "artifact, change, expected, reruns",
    [
        ("topics", lambda d: d["overall"][0].update(score="0.5"), "overall.0.score: Input should be a valid number", 4),
        ("topics", lambda d: d.update(overall={"phrase": "x"}), "overall: Input should be a valid array", 4),
        ("topics", lambda d: d["overall"][0].pop("phrase"), "overall.0.phrase: Field required", 4),
        ("topics", lambda d: d["per_speaker"][0].update(speaker="S9"), "names speaker 'S9', which speakers.json", 4),
        ("topics", _occurrence_far_away, "points at utterance 1000000000000, past the 3", 4),
        ("topics", lambda d: d["overall"][0].update(score=1e308), "overall.0.score: Input should be less than", 4),
        ("comparison", lambda d: d["points"][0].update(index=[0]), "points.0.index: Input should be a valid int", 3),
        ("comparison", lambda d: d["points"][0]["evidence"][0].update(speaker="S9"), "names speaker 'S9'", 3),
        ("summary", lambda d: d["day"].update(date=20200721), "day.date: Input should be a valid date", 2),
        ("summary", lambda d: d.pop("speakers"), "speakers: Field required", 2),
        ("page", lambda d: d["provenance"].update(wall_seconds=-1), "provenance.wall_seconds: Input should be", 1),
        ("page", lambda d: d["provenance"].update(started_at="gestern"), "provenance.started_at: Input should", 1),
        ("topics", lambda d: d.update(per_speaker=[]), "per_speaker lists no entry for SPEAKER_00, SPEAKER_01", 4),
        ("topics", lambda d: d.update(entities=[]), "entities: the config's 'H.E. Chalief Akbar' is not listed", 4),
        ("comparison", _points_emptied, "points: none; the compare stage writes no comparison", 3),
        ("comparison", _evidence_misquoted, "the evidence at 0-3.5 s reads 'Saya mendukung perang", 3),
        ("summary", _coverage_raised, "comparison.coverage is 0.99 where its inputs give ", 2),
    ],
    ids=[
        "number-as-text",
        "object-for-a-list",
        "field-missing",
        "topic-of-no-voice",
        "occurrence-past-the-talk",
        "huge-score",
        "list-for-a-number",
        "evidence-of-no-voice",
        "number-for-a-date",
        "list-missing",
        "negative-seconds",
        "word-for-a-time",
        "voices-without-topics-entries",
        "entities-emptied",
        "comparison-emptied",
        "evidence-misquoted",
        "summary-figure-edited",
    ],
)
def test_a_hand_edited_record_that_is_still_json_is_damaged_for_run_and_made_again(
    tmp_path, artifact, change, expected, reruns
):
    """A record that parses but that its typed model refuses (a number as text, a list for an
    object, a field taken out, a speaker speakers.json does not have) was taken as up to date, and
    the run failed in the next stage that read it, every run, until the stage was run by hand: it
    is damaged, named with its field in one warning, and its stage runs again."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    target = paths.root / f"{artifact}.json"
    _edit(target, change)
    stage = {"comparison": "compare", "summary": "summary", "page": "page"}.get(artifact, artifact)
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert result.exit_code == 0, result.output
    warning = f"Warning: {target}: damaged, not a {stage} artifact ({expected}"
    assert [line for line in result.output.splitlines() if line.startswith("Warning")] == [
        line for line in result.output.splitlines() if line.startswith(warning)
    ], result.output
    assert warning in result.output and f"); the {stage} stage runs again" in result.output, result.output
    assert result.output.count(": done -> ") == reruns, result.output
    again = invoke("--outputs", tmp_path / "out", "run", config)
    assert again.exit_code == 0 and "Warning" not in again.output and ": done -> " not in again.output, again.output


@pytest.mark.parametrize(
    "artifact, change, stage, expected",
    [
        ("transcript", lambda d: d["segments"][0].update(start="0.0"), "diarize", "segments.0.start: Input should be"),
        ("transcript", lambda d: d.update(segments={}), "topics", "segments: Input should be a valid array"),
        ("transcript", lambda d: d.pop("language"), "page", "language: Field required"),
        ("speakers", _first_word_edited, "topics", "word 0 is ' XXXX' at 0.0-0.3 s, but transcript.json's is"),
        ("speakers", lambda d: d["words"][0].update(start="0.5"), "compare", "words.0.start: Input should be"),
        ("source", lambda d: d.update(duration="12"), "transcribe", "duration: Input should be a valid number"),
        ("topics", lambda d: d.update(per_speaker=None), "summary", "per_speaker: Input should be a valid array"),
    ],
    ids=[
        "time-as-text",
        "object-for-a-list",
        "field-missing",
        "word-not-the-transcripts",
        "speakers-time-as-text",
        "duration-as-text",
        "none-for-a-list",
    ],
)
def test_a_stage_alone_names_the_damaged_record_it_would_read_and_its_field(
    tmp_path, artifact, change, stage, expected
):
    """A stage run alone on a day whose earlier record was edited into JSON its model refuses: one
    line naming the file, the field and the stage that makes it again, before any work."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    target = paths.root / f"{artifact}.json"
    _edit(target, change)
    before = {path.name: path.read_bytes() for path in paths.root.iterdir() if path.is_file()}
    line = _error_line(invoke("--outputs", tmp_path / "out", stage, config))
    made_by = {"source": "download", "transcript": "transcribe", "speakers": "diarize"}.get(artifact, artifact)
    assert line.startswith(f"Error: {target}: damaged, not a {made_by} artifact ({expected}"), line
    assert line.endswith(f"; run the '{made_by}' stage first, or `lokakarya run`"), line
    assert {path.name: path.read_bytes() for path in paths.root.iterdir() if path.is_file()} == before


def _voices_edited(change, keep_digest: bool = False):
    def damage(target: Path) -> None:
        from fakes import edit_voices

        edit_voices(target, change, keep_digest)

    return damage


def _voices_folder(target: Path) -> None:
    target.unlink()
    target.mkdir()
    (target / "kept.txt").write_text("mine")


def _voices_link(target: Path) -> None:
    target.rename(target.with_name("elsewhere.npz"))
    target.symlink_to(target.with_name("elsewhere.npz"))


def _voices_pickled(target: Path) -> None:
    with np.load(target) as saved:
        arrays = dict(saved)
    np.savez(target, **(arrays | {"labels": np.array([0, None], dtype=object)}))


# voices.npz whose key still matches this audio and these options, damaged: the audit's five hand
# edits first (they ran out of memory, crashed in zip(), or blamed the config and audio.wav).
VOICES_DAMAGE = [
    ("windows-scaled", _voices_edited(lambda a: a.update(windows=a["windows"] * 10**6)), "outside the 12.0 s"),
    ("labels-huge", _voices_edited(lambda a: a.update(labels=a["labels"] * 1000003)), "is given voice 1000003"),
    ("labels-short", _voices_edited(lambda a: a.update(labels=a["labels"][:1])), "'labels' gives 1 voice(s) for 2"),
    ("windows-negative", _voices_edited(lambda a: a.update(windows=-a["windows"])), "outside the 12.0 s recording"),
    (
        "speech-negative",
        _voices_edited(lambda a: a.update(speech_windows=np.array(-7), labels=np.zeros(2, dtype=np.int32))),
        "'speech_windows' is -7 for 2 kept window(s)",
    ),
    (
        "one-voice-digest-kept",
        _voices_edited(lambda a: a.update(labels=np.zeros(2, dtype=np.int64)), keep_digest=True),
        "its arrays are not those it was saved with (edited by hand?)",
    ),
    ("a-pickle", _voices_pickled, "'labels' holds Python objects (a pickle), which are never loaded"),
    ("not-a-zip", lambda t: t.write_bytes(b"not a zip"), "not a readable npz file: File is not a zip file"),
    ("cut-short", lambda t: t.write_bytes(t.read_bytes()[:-100]), "not a readable npz file"),
    ("a-link", _voices_link, "a link, not a saved voice analysis"),
    ("a-folder", _voices_folder, "a folder, not a saved voice analysis"),
]


@pytest.mark.parametrize("damage, expected", [d[1:] for d in VOICES_DAMAGE], ids=[d[0] for d in VOICES_DAMAGE])
def test_a_damaged_voice_analysis_is_one_warning_and_made_anew(tmp_path, monkeypatch, damage, expected):
    """voices.npz is a cache: one that is damaged, edited by hand or not a file is never used.  One
    warning line names it and says what is wrong, the voices are analysed anew (a stand-in for
    CAM++ here) and replace it atomically, diarize goes on, and no other file changes; the next
    run uses the new analysis.  A folder in its place is kept, and nothing is saved over it."""
    from fakes import make_day, save_day_voices, tone_voices
    from pipeline.config import load_config
    from pipeline.diarize import load_voices, voices_key
    from pipeline.records.files import file_sha256

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "out")
    config = load_config(config_path)
    save_day_voices(config, paths, tone_voices())
    damage(paths.voices)
    analyses = []
    monkeypatch.setattr("pipeline.diarize.analyse_voices", lambda *args, **kw: analyses.append(1) or tone_voices())
    made_by_diarize = {"speakers.json", "diarization.rttm", "journal.jsonl", "voices.npz"}
    others = {f: f.read_bytes() for f in paths.root.rglob("*") if f.is_file() and f.name not in made_by_diarize}

    result = invoke("--outputs", tmp_path / "out", "diarize", config_path)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "Warning" in line or "rror" in line]
    assert len(warnings) == 1 and warnings[0].startswith(f"Warning: {paths.voices}: damaged: "), result.output
    ending = ", and not saved while the folder is there" if "folder" in expected else ""
    assert expected in warnings[0] and warnings[0].endswith(f"; the voices are analysed anew{ending}"), warnings[0]
    assert analyses == [1] and json.loads(paths.speakers.read_text())["num_speakers"] == 2
    assert {f: f.read_bytes() for f in others} == others and not list(paths.root.glob(".*.tmp"))
    if "folder" in expected:
        assert (paths.voices / "kept.txt").read_text() == "mine"
        return
    assert paths.voices.is_file() and not paths.voices.is_symlink()
    key = voices_key(file_sha256(paths.audio), config.diarize)
    assert load_voices(paths.voices, key, config.diarize, 32000).windows == tone_voices().windows
    again = invoke("--outputs", tmp_path / "out", "diarize", config_path)
    assert again.exit_code == 0 and "Warning" not in again.output and analyses == [1], again.output


def test_a_folder_in_place_of_the_voice_analysis_stops_no_forced_run(tmp_path, monkeypatch):
    """`run --force diarize` removes the saved analysis first; a folder there is left as it is."""
    from fakes import make_day, tone_voices

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "out")
    paths.voices.unlink(missing_ok=True)
    paths.voices.mkdir()
    (paths.voices / "kept.txt").write_text("mine")
    monkeypatch.setattr("pipeline.diarize.analyse_voices", lambda *args, **kw: tone_voices())
    result = invoke("--outputs", tmp_path / "out", "run", "--force", "diarize", config_path)
    assert result.exit_code == 0, result.output
    assert f"Warning: {paths.voices}: damaged: a folder, not a saved voice analysis" in result.output
    assert (paths.voices / "kept.txt").read_text() == "mine"


def test_too_few_voices_for_the_stated_count_reports_the_real_seconds_of_speech(tmp_path, monkeypatch):
    """The speech seconds in the error are those the windows cover: with 30 s windows every 30 s,
    windows times the hop said 180 s of a 41 s recording (here 30 s of a 2 s one)."""
    from fakes import make_day
    from pipeline.diarize import Voices, Window

    diarize_options = {"num_speakers": 2, "window_seconds": 30, "hop_seconds": 30}
    config_path, _ = make_day(tmp_path / "configs", tmp_path / "out", diarize=diarize_options)
    one = Voices([Window(0, 32000, (0, 32000))], np.zeros(1, dtype=np.int64), estimated=True, speech_windows=1)
    monkeypatch.setattr("pipeline.diarize.analyse_voices", lambda *args, **kw: one)
    line = _error_line(invoke("--outputs", tmp_path / "out", "diarize", config_path))
    assert "field 'diarize.num_speakers' is 2, but" in line
    assert "has only 2 s of speech in 1 window(s), which split into 1 voice(s)" in line, line


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_a_number_that_is_no_number_is_refused_in_any_artifact(tmp_path, value):
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    text = paths.topics.read_text(encoding="utf-8")
    start = text.index('"score": ') + len('"score": ')
    paths.topics.write_text(text[:start] + value + text[text.index(",", start) :], encoding="utf-8")
    line = _error_line(invoke("--outputs", tmp_path / "out", "compare", config))
    assert line.startswith(f"Error: {paths.topics}: damaged, not a topics artifact ({value} is no JSON number)"), line


# Noncharacters: HTML forbids them (U+FFFF, U+FDD0-U+FDEF, the last two of a plane).
NONCHARACTERS = "\uffff\ufdd0\ufdef\U0001fffe\U0010ffff"


def test_control_and_bidi_characters_in_talk_text_reach_no_view(tmp_path):
    from fakes import edit_words, make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    edit_words(paths.root, lambda _, word: f" \x00\x1b[31m-->\u202e<b>{NONCHARACTERS}" + word)
    _edit(paths.speakers, lambda d: [s.update(name="\u202e" + s["name"] + "\x1b[2J\uffff") for s in d["speakers"]])
    assert invoke("--outputs", tmp_path / "out", "run", config).exit_code == 0
    views = (paths.page, paths.root / "transcript.vtt", paths.root / "transcript.srt", paths.summary)
    for view in (*views, paths.comparison, tmp_path / "out" / "index.html", tmp_path / "out" / "index.csv"):
        text = view.read_text(encoding="utf-8")
        assert not any(c in text for c in "\x00\x1b\u202e" + NONCHARACTERS), view


def test_noncharacters_in_a_hand_edited_artifact_reach_no_page(tmp_path):
    """Taken out of its text as control characters are: they had reached the day's page (no valid
    HTML) through the summary and page stages."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    _edit(paths.comparison, lambda d: d["points"][0].update(text=f"Diplo{NONCHARACTERS}masi " + d["points"][0]["text"]))
    for stage in ("summary", "page"):
        assert invoke("--outputs", tmp_path / "out", stage, config).exit_code == 0
    for view in (paths.summary, paths.page):
        text = view.read_text(encoding="utf-8")
        assert "Diplomasi " in text and not any(c in text for c in NONCHARACTERS), view


def test_a_day_folder_that_cannot_be_read_is_listed_and_stops_no_other_day(tmp_path, monkeypatch):
    """Another user's day folder (mode 000): the archive lists it as unreadable, the day being
    run gets its page and tables.  (Simulated: the tests may run as root, whom modes do not stop.)"""
    import pathlib

    from fakes import make_day

    config, _ = make_day(tmp_path / "configs", tmp_path / "out")
    make_day(tmp_path / "configs", tmp_path / "out", day_id="locked")
    locked = tmp_path / "out" / "locked"

    def refused(real):
        def method(self, *args, **kwargs):
            if self.is_relative_to(locked) and self != locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *args, **kwargs)

        return method

    for name in ("stat", "read_bytes", "open"):
        monkeypatch.setattr(pathlib.Path, name, refused(getattr(pathlib.Path, name)))
    result = invoke("--outputs", tmp_path / "out", "run", "--force", "summary", config)
    assert result.exit_code == 0, result.output
    index = (tmp_path / "out" / "index.csv").read_text(encoding="utf-8")
    assert "locked" in index and "Permission denied" in index
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")  # as the tables have it
    assert "tidak terbaca" in page and "Permission denied" in page


def test_a_tables_cache_that_cannot_be_written_costs_time_not_the_tables(tmp_path, monkeypatch):
    from fakes import make_day
    from pipeline import index

    config, _ = make_day(tmp_path / "configs", tmp_path / "out")

    def read_only(path):
        raise PermissionError(13, "Permission denied", path.name)  # as rmtree names it: no folder

    monkeypatch.setattr(index, "_remove", read_only)
    (tmp_path / "out" / ".tables-cache").mkdir(exist_ok=True)
    (tmp_path / "out" / ".tables-cache" / "gone-day").mkdir()
    result = invoke("--outputs", tmp_path / "out", "run", "--force", "summary", config)
    assert result.exit_code == 0, result.output
    assert "test-day" in (tmp_path / "out" / "index.csv").read_text(encoding="utf-8")
    assert "the tables cache was not written" in result.output


def test_a_file_where_the_tables_cache_goes_is_one_warning_not_the_tables(tmp_path):
    """It had stopped `tables` and every run with an error; it is left as it is (it may be someone's)."""
    from fakes import make_day

    config, _ = make_day(tmp_path / "configs", tmp_path / "out")
    cache = tmp_path / "out" / ".tables-cache"
    shutil.rmtree(cache, ignore_errors=True)
    cache.write_text("mine")
    for command in (["tables"], ["run", "--force", "summary", config]):
        result = invoke("--outputs", tmp_path / "out", *command)
        assert result.exit_code == 0, result.output
        warnings = [line for line in result.output.splitlines() if line.startswith("Warning: ")]
        assert warnings == [
            f"Warning: {cache}: is a file, not a folder lokakarya made; move it away; until then the tables are "
            "made without their cache"
        ], result.output
        assert "test-day" in (tmp_path / "out" / "index.csv").read_text(encoding="utf-8")
    assert cache.read_text() == "mine"


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"download": {"retries": "3"}}, "field 'download.retries': Input should be a valid integer"),
        ({"download": {"retries": True}}, "field 'download.retries': Input should be a valid integer"),
        ({"source_track": True}, "field 'source_track': Input should be a valid integer"),
        ({"source_channel": True}, "field 'source_channel.0': Input should be a valid integer"),
        (
            {"source_channel": [1, "2"]},
            "field 'source_channel.1': Input should be a valid integer (it reads as the text",
        ),
        ({"compare": {"covered_share": "0.3"}}, "field 'compare.covered_share': Input should be a valid number"),
        ({"download": {"allow_incomplete": 1}}, "field 'download.allow_incomplete': Input should be a valid boolean"),
        ({"title": b"Hari uji"}, "field 'title': the YAML tag !!binary on 'SGFyaSB1amk='"),  # a tag no text takes
    ],
    ids=[
        "number-as-text",
        "boolean-as-number",
        "boolean-as-track",
        "boolean-as-channel",
        "text-as-channel",
        "share-as-text",
        "number-as-flag",
        "binary",
    ],
)
def test_a_config_value_of_the_wrong_type_is_refused_not_converted(tmp_path, fields, expected):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, **fields)))
    assert expected in line, line


@pytest.mark.parametrize("level", [0.5, -0.25])
def test_a_constant_level_is_silence_and_an_offset_one_is_named(tmp_path, level):
    """A DC offset alone is no sound (it was called audible); sound on top of one is kept as
    recorded, with a warning that its loud parts may clip."""
    soundfile.write(tmp_path / "talk.wav", np.full(16000 * 3, level), 16000, subtype="PCM_16")
    line = _error_line(invoke("--outputs", tmp_path / "out", "download", write_config(tmp_path)))
    assert line.endswith("talk.wav: the recording is silent"), line
    tone, _ = soundfile.read(write_tone(tmp_path / "tone.wav", seconds=3))
    soundfile.write(tmp_path / "talk.wav", tone + level, 16000, subtype="PCM_16")
    result = invoke("--outputs", tmp_path / "out", "download", write_config(tmp_path))
    assert result.exit_code == 0, result.output
    [warning] = json.loads((tmp_path / "out" / "test-day" / "source.json").read_text())["warnings"]
    assert f"a DC offset of {level:+.2f} of full scale" in warning


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"speakers": [{"name": "Ani"}, {"name": "\u0410ni"}]}, "'Аni' mixes Latin and Cyrillic letters"),
        ({"glossary": [{"term": "diplom\u03b1si"}]}, "mixes Latin and Greek letters"),
    ],
    ids=["cyrillic-a", "greek-alpha"],
)
def test_a_name_with_a_look_alike_letter_is_refused(tmp_path, fields, expected):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, **fields)))
    assert expected in line, line


def test_names_in_one_other_script_are_welcome(tmp_path):
    write_tone(tmp_path / "talk.wav")
    config = write_config(tmp_path, speakers=[{"name": "Анна Петрова"}, {"name": "Γιώργος"}, {"name": "Chalief"}])
    assert invoke("validate", config).exit_code == 0


@pytest.mark.parametrize(
    "content, expected",
    [
        ("", "the config is empty"),
        ("# only a comment\n", "the config is empty"),
        ("- id: x\n", "the config is a list, not a mapping of fields"),
        ("42\n", "the config is a single number, not a mapping of fields"),
    ],
)
def test_a_config_that_is_no_mapping_says_what_it_is(tmp_path, content, expected):
    (tmp_path / "day.yaml").write_text(content)
    assert _error_line(invoke("validate", tmp_path / "day.yaml")).startswith(
        f"Error: {tmp_path / 'day.yaml'}: {expected}"
    )


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"report": ""}, "field 'report': is empty; name a file, or leave the field out"),
        ({"report": "  "}, "field 'report': is empty"),
        ({"source": "talk.wav\u200b"}, "no such file '{folder}/talk.wav\\u200b'"),
        ({"source": "data:audio/wav;base64,UklGRg=="}, "fetches only http(s) addresses, not data:"),
    ],
    ids=["empty-report", "blank-report", "invisible-character", "data-url"],
)
def test_config_paths_that_cannot_be_seen_or_are_empty_are_named(tmp_path, fields, expected):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, **fields)))
    assert expected.format(folder=tmp_path) in line, line


def test_an_artifact_that_gives_a_key_twice_is_refused(tmp_path):
    """json keeps the last of two values silently: "num_speakers": 7, "num_speakers": 2 read as 2."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    text = paths.speakers.read_text(encoding="utf-8")
    paths.speakers.write_text(text.replace('"num_speakers":', '"num_speakers": 7, "num_speakers":', 1))
    line = _error_line(invoke("--outputs", tmp_path / "out", "topics", config))
    assert line.startswith(
        f"Error: {paths.speakers}: damaged, not a diarize artifact (the key 'num_speakers' is given twice)"
    )


def test_speakers_and_transcript_of_two_transcriptions_are_named(tmp_path):
    from fakes import make_day
    from pipeline.artifacts import PipelineError, read_artifact
    from pipeline.diarize import Diarization
    from pipeline.transcribe import Transcript

    _, paths = make_day(tmp_path / "configs", tmp_path / "out")
    transcript = read_artifact(paths.transcript, Transcript, "transcribe")
    diarization = read_artifact(paths.speakers, Diarization, "diarize")
    whole = transcript.segments
    transcript.segments = whole[:1]
    with pytest.raises(PipelineError, match="they are not of one transcription"):
        diarization.check_against(transcript, paths.speakers)
    transcript.segments = whole
    diarization.speakers[0].talk_seconds = transcript.duration + 100
    with pytest.raises(PipelineError, match="talk_seconds lies past the end of the"):
        diarization.check_against(transcript, paths.speakers)


def _segments_swapped(d):
    d["segments"][0], d["segments"][1] = d["segments"][1], d["segments"][0]


def _word_moved_out(d):
    late = d["segments"][0]["end"] + 5
    d["segments"][0]["words"][0].update(start=late, end=late)


def _phrase_miscounted(d):
    heard = {"utterance": 0, "start": 0.0, "end": 1.0, "speaker": "SPEAKER_00", "matched": "x", "score": 100.0}
    d["overall"][0].update(count=1, occurrences=[heard, heard])


def _words_given_away(d):
    d["speakers"][0]["words"] += 5


@pytest.mark.parametrize(
    "artifact, change, expected",
    [
        ("transcript", _segments_swapped, "not in time order"),
        (
            "transcript",
            lambda d: d["segments"][1].update(id=d["segments"][0]["id"]),
            "is given twice (segment 0 has it)",
        ),
        ("transcript", lambda d: d["segments"][-1].update(end=d["duration"] + 60), "after the audio's end"),
        ("transcript", lambda d: d.update(speech_duration=d["duration"] * 10), "more than the"),
        ("transcript", _word_moved_out, "a word outside its own time"),
        ("speakers", _words_given_away, "is said to speak"),
        ("comparison", lambda d: d.update(coverage=1.0), "coverage is 1.0, but its points give"),
        ("status", lambda d: d.update(status="failed", reason=None), "a failed run names its stage and its reason"),
        ("source", lambda d: d.update(media_file="../../../etc/passwd"), "media_file: String should match"),
        ("page", lambda d: d.update(page="../../evil.html"), "page: String should match"),
        ("status", lambda d: d.update(config_file="day\n10.yaml"), "config_file: String should match"),
        ("summary", lambda d: d["day"].update(config_file="day\r10.yaml"), "config_file: String should match"),
        ("topics", _phrase_miscounted, "times but listed"),
        ("topics", lambda d: d["overall"].append(d["overall"][0]), "is listed twice"),
        ("topics", lambda d: d["entities"].append(d["entities"][0]), "entities: the name 'H.E. Chalief Akbar' is"),
        ("topics", lambda d: d["overall"][0].update(phrase=""), "overall.0.phrase"),
        ("summary", lambda d: d["speakers"].append(d["speakers"][0]), "speakers: 3 listed"),
        ("summary", lambda d: [s.update(talk_share=1.0) for s in d["speakers"]], "add up to more than the whole"),
        ("summary", lambda d: d["comparison"].update(covered=999), "verdicts for"),
    ],
    ids=[
        "segments-out-of-order",
        "segment-id-twice",
        "segment-past-end",
        "more-speech-than-audio",
        "word-outside-segment",
        "words-miscounted",
        "coverage",
        "failed-without-reason",
        "media-file-path",
        "page-path",
        "status-config-file-newline",
        "summary-config-file-return",
        "phrase-miscounted",
        "phrase-twice",
        "name-twice",
        "empty-phrase",
        "speaker-twice",
        "shares-over-whole",
        "verdicts-miscounted",
    ],
)
def test_parts_of_an_artifact_that_disagree_are_named_on_reading(tmp_path, artifact, change, expected):
    from fakes import make_day
    from pipeline.artifacts import MADE_BY, PipelineError, read_artifact

    _, paths = make_day(tmp_path / "configs", tmp_path / "out")
    target = paths.root / f"{artifact}.json"
    _edit(target, change)
    kind = {
        "transcript": "pipeline.transcribe.Transcript",
        "speakers": "pipeline.diarize.Diarization",
        "comparison": "pipeline.compare.Comparison",
        "status": "pipeline.artifacts.DayStatus",
        "source": "pipeline.download.SourceInfo",
        "page": "pipeline.page.PageRecord",
        "topics": "pipeline.topics.Topics",
        "summary": "pipeline.summary.Summary",
    }[artifact]
    module, name = kind.rsplit(".", 1)
    model = getattr(__import__(module, fromlist=[name]), name)
    with pytest.raises(PipelineError) as error:
        read_artifact(target, model, MADE_BY.get(target.name, artifact))
    assert str(error.value).startswith(f"{target}: not a valid ") and expected in str(error.value), error.value


def test_a_transcript_with_several_faults_names_the_first_in_the_files_order(tmp_path):
    """Three hand edits at once, a word moved out of the first segment, the second's words emptied,
    the third given the first's id: the line names the first segment's fault and counts the others,
    where it had named the id given twice, which the checks met first."""
    from fakes import make_day
    from pipeline.artifacts import PipelineError, read_artifact
    from pipeline.transcribe import Transcript

    _, paths = make_day(tmp_path / "configs", tmp_path / "out")

    def three_faults(d):
        _word_moved_out(d)
        d["segments"][1]["words"] = []
        d["segments"][2]["id"] = d["segments"][0]["id"]

    _edit(paths.transcript, three_faults)
    with pytest.raises(PipelineError) as error:
        read_artifact(paths.transcript, Transcript, "transcribe")
    assert str(error.value) == (
        f"{paths.transcript}: not a valid transcribe artifact (segments: segment 0 holds a word outside its own "
        "time (and 2 more fault(s))); rerun the 'transcribe' stage"
    )
    # the same line however the faults are met: the first alone, then with each of the others
    for later in (lambda d: d["segments"][1].update(words=[]), lambda d: d["segments"][2].update(id=0)):
        _, other = make_day(tmp_path / "configs2", tmp_path / "out2")
        _edit(other.transcript, lambda d, later=later: (_word_moved_out(d), later(d)))
        with pytest.raises(PipelineError, match=r"segment 0 holds a word outside its own time \(and 1 more fault"):
            read_artifact(other.transcript, Transcript, "transcribe")


@pytest.mark.parametrize("container", ["W64", "CAF", "AU"])
def test_a_cut_recording_whose_header_states_its_size_is_incomplete(tmp_path, container):
    """Wave64, CAF and Sun .au state their data's size as WAV does: a file cut short was taken
    whole, at half its length, without a warning."""
    tone, _ = soundfile.read(write_tone(tmp_path / "tone.wav", seconds=6))
    whole = tmp_path / f"whole.{container.lower()}"
    soundfile.write(whole, tone, 16000, format=container, subtype="PCM_16")
    data = whole.read_bytes()
    (tmp_path / f"talk.{container.lower()}").write_bytes(data[: len(data) // 2])
    config = write_config(tmp_path, source=f"talk.{container.lower()}")
    line = _error_line(invoke("--outputs", tmp_path / "out", "download", config))
    assert f"download is incomplete: the file ends inside its {container} data chunk" in line, line
    result = invoke("--outputs", tmp_path / "out", "download", write_config(tmp_path, source=whole.name))
    assert result.exit_code == 0, result.output


def test_truth_speakers_are_read_as_the_configs_and_strangers_named(tmp_path):
    """Two spellings of one person in a truth were two voices (speaker count off by one)."""
    from pipeline.config import load_config
    from pipeline.evaluate import as_config_speakers
    from pipeline.truth import Truth

    write_tone(tmp_path / "talk.wav")
    config = load_config(write_config(tmp_path, speakers=[{"name": "Dr. Ayu Larasati, S.Sos., M.Ikom."}]))
    truth = Truth.model_validate(
        {
            "turns": [
                {"speaker": "Dr. Ayu Larasati", "start": 0.0, "end": 1.0, "text": "satu"},
                {"speaker": "dr. ayu larasati", "start": 1.0, "end": 2.0, "text": "dua"},
                {"speaker": "Budi Santoso", "start": 2.0, "end": 3.0, "text": "tiga"},
            ]
        }
    )
    speakers = [turn.speaker for turn in as_config_speakers(truth, config).turns]
    assert speakers == ["Dr. Ayu Larasati, S.Sos., M.Ikom."] * 2 + ["Budi Santoso"]


def test_truth_speakers_differing_by_title_case_or_accents_are_the_configs(tmp_path, caplog):
    """Two config speakers of one first name left a truth's 'Pak Budi Santoso', 'dr budi hartono'
    or 'BÚDI SÁNTOSO' none of theirs: each was scored as a stranger, a voice of its own (DER and
    speaker count off) with a warning.  A title said before the name, case, accents and a spelling
    the tables' person_key joins ('Boedi Santosso') make no other person; a participant or a first
    name two speakers share stays no one's."""
    from pipeline.config import load_config
    from pipeline.evaluate import as_config_speakers, config_speaker
    from pipeline.truth import Truth

    write_tone(tmp_path / "talk.wav")
    speakers = [{"name": "Budi Santoso", "role": "Moderator"}, {"name": "Dr. Budi Hartono, M.Si."}]
    config = load_config(write_config(tmp_path, speakers=speakers))
    santoso, hartono = "Budi Santoso", "Dr. Budi Hartono, M.Si."
    for label, name in [
        ("Pak Budi Santoso", santoso),
        ("Bapak Budi Santoso", santoso),
        ("BÚDI SÁNTOSO", santoso),
        ("Bu Budi Hartono", hartono),
        ("dr budi hartono", hartono),
        ("Bapak Dr. Budi Hartono", hartono),
        ("Ustadz Búdi Hartono", hartono),
        ("Pak Boedi Santosso", santoso),  # the old spelling and a doubled letter: one person_key
        ("dr BOEDI HARTONNO", hartono),
        ("Budi", None),
        ("Peserta: Budi dari Undip", None),
    ]:
        assert config_speaker(label, config) == name, label
    labels = ["Pak Budi Santoso", "dr budi hartono", "BÚDI SÁNTOSO"]
    turns = [{"speaker": label, "start": n, "end": n + 1.0, "text": "kata"} for n, label in enumerate(labels)]
    truth = Truth.model_validate({"turns": turns})
    with caplog.at_level("WARNING", logger="lokakarya"):
        scored = [turn.speaker for turn in as_config_speakers(truth, config).turns]
    assert scored == [santoso, hartono, santoso]
    assert "none of the config's speakers" not in caplog.text


def test_truth_speakers_the_config_does_not_know_are_named_cut_short_and_counted(tmp_path, caplog):
    """A truth speaker name of a megabyte went whole into the warning, and every stranger was
    listed: each name is cut as messages cut a user's text, the first ten named, the rest counted."""
    from pipeline.config import load_config
    from pipeline.evaluate import as_config_speakers
    from pipeline.truth import Truth

    write_tone(tmp_path / "talk.wav")
    config = load_config(write_config(tmp_path, speakers=[{"name": "Dr. Ayu Larasati"}]))
    strangers = ["A" * 1_000_000] + [f"Peserta {n:02d}" for n in range(14)]
    turns = [{"speaker": name, "start": n, "end": n + 1.0, "text": "kata"} for n, name in enumerate(strangers)]
    truth = Truth.model_validate({"turns": turns})
    with caplog.at_level("WARNING", logger="lokakarya"):
        speakers = [turn.speaker for turn in as_config_speakers(truth, config).turns]
    assert speakers == strangers  # each still scored as a voice of its own, whole
    (warning,) = [r.getMessage() for r in caplog.records if "none of the config's speakers" in r.getMessage()]
    assert len(warning) < 2000 and "\n" not in warning, len(warning)
    assert "'Peserta 00'" in warning and "'Peserta 08'" in warning and "'Peserta 09'" not in warning
    assert "and 5 more are none of the config's speakers" in warning
    assert "'" + "A" * 80 + "…'" in warning


def test_a_truth_turn_given_twice_names_its_speaker_cut_short(tmp_path):
    """The truth's own refusals quote a speaker or a text cut short too."""
    write_tone(tmp_path / "talk.wav")
    turn = {"speaker": "Q" * 100_000, "start": 0, "end": 1, "text": "kata"}
    (tmp_path / "truth.json").write_text(json.dumps({"turns": [turn, turn]}))
    line = _error_line(invoke("validate", write_config(tmp_path, truth="truth.json")))
    assert "a turn is given twice ('" + "Q" * 80 + "…', 0-1 s)" in line and len(line) < 1000, line


def test_doctor_names_a_cache_it_cannot_use_and_a_folder_that_is_gone(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("LOKAKARYA_CACHE", str(tmp_path / "a-file"))
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    result = invoke("doctor", "--no-network")
    assert result.exit_code == 1
    assert f"FAIL whisper model: {tmp_path / 'a-file' / 'whisper-base'}: the model cache cannot be made there" in (
        result.output
    )
    assert "FAIL disk: the current folder no longer exists; pass --outputs with a full path" in result.output


@pytest.mark.parametrize("cached", [b"a model.bin cut short", None], ids=["damaged", "missing"])
def test_a_model_that_cannot_be_made_again_in_its_cache_is_one_line(tmp_path, monkeypatch, cached):
    """A damaged (or missing) model.bin in a cache folder that cannot be written (its permissions, a
    read-only disk) had been 'model.bin: could not write: Permission denied' from `doctor`, and from
    `run` only after the download's work.  Both now name the file, what is wrong with it, the
    folder it cannot be made again in and what to do; `run` stops before any stage.  (The write is
    refused here in the code's own open: as root, a folder's mode refuses nothing.)"""
    import builtins
    import errno

    from pipeline.system import models

    folder = tmp_path / "cache" / "whisper-base"
    folder.mkdir(parents=True)
    model_bin = folder / "model.bin"
    if cached is not None:
        model_bin.write_bytes(cached)
    monkeypatch.setenv("LOKAKARYA_CACHE", str(tmp_path / "cache"))

    def read_only(path, mode="r", *args, **kwargs):
        if Path(path).parent == folder and set(mode) & set("wax+"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return builtins.open(path, mode, *args, **kwargs)

    monkeypatch.setattr(models, "open", read_only, raising=False)
    state = "missing" if cached is None else "damaged (sha256 "
    told = (
        f"{model_bin}: {state}",
        f", and the model cannot be made again in {folder} (Permission denied); set LOKAKARYA_CACHE to a folder "
        "that can be written, or make that one writable",
    )
    result = invoke("--outputs", tmp_path / "out", "doctor", "--no-network")
    assert result.exit_code == 1
    (line,) = [line for line in result.output.splitlines() if "whisper model" in line]
    assert line.startswith(f"FAIL whisper model: {told[0]}") and line.endswith(told[1]), line
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("--outputs", tmp_path / "out", "run", write_config(tmp_path)))
    assert line.startswith(f"Error: {told[0]}") and line.endswith(told[1]), line
    day = tmp_path / "out" / "test-day"
    assert not (day / "audio.wav").exists() and not (day / "source.json").exists()  # no stage began
    assert json.loads((day / "status.json").read_text())["stage"] == "validate"
    assert (model_bin.read_bytes() if cached is not None else model_bin.exists()) == (cached or False)


@pytest.mark.parametrize(
    "environment",
    [{"XDG_CACHE_HOME": ""}, {"XDG_CACHE_HOME": "cache"}, {"XDG_CACHE_HOME": "  "}, {"LOKAKARYA_CACHE": "  "}],
    ids=["xdg-empty", "xdg-relative", "xdg-blank", "own-blank"],
)
def test_a_cache_variable_set_empty_or_relative_leaves_the_model_in_the_home_cache(tmp_path, monkeypatch, environment):
    """XDG_CACHE_HOME set empty or to a relative path is ignored (as the XDG rules say), and a
    blank LOKAKARYA_CACHE counts as unset: the model had been assembled into ./lokakarya (or a
    folder named with spaces) of whatever folder the command ran in."""
    from pipeline.system.models import cache_dir

    monkeypatch.delenv("LOKAKARYA_CACHE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    assert cache_dir() == tmp_path / "home" / ".cache" / "lokakarya"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "lokakarya"  # a full path is taken


@pytest.mark.parametrize("variable", ["LOKAKARYA_CACHE", "HOME"])
@pytest.mark.parametrize("value", ["cache", "~/cache", "./lokakarya"])
def test_a_cache_variable_that_is_no_full_path_is_refused_naming_it(tmp_path, monkeypatch, variable, value):
    """LOKAKARYA_CACHE=cache, or "~/cache" in quotes (no shell expands it there), or such a HOME, had
    put the 145 MB model into ./cache or a folder named '~' of whatever folder the command ran in (a
    repository, a config's folder); `doctor` and `run` now name the variable, and nothing is made."""
    monkeypatch.delenv("LOKAKARYA_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv(variable, value)
    monkeypatch.chdir(tmp_path)
    result = invoke("doctor", "--no-network")
    assert result.exit_code == 1
    assert f"FAIL whisper model: {variable}: {value!r} is not a full path" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_model_under_the_home_folder_with_no_home_to_find_is_one_line(tmp_path, monkeypatch):
    """transcribe.model: ~/models/x with HOME=~/x had been an internal error (pathlib's RuntimeError)."""
    write_tone(tmp_path / "talk.wav")
    monkeypatch.setenv("HOME", "~/x")
    line = _error_line(invoke("validate", write_config(tmp_path, transcribe={"model": "~/models/whisper"})))
    assert "~/models/whisper: ~ names no home folder here (HOME is '~/x')" in line, line
    assert "field 'transcribe.model'" in line and "internal error" not in line


def test_run_makes_again_a_record_no_stage_reads_that_the_tables_cannot_read(tmp_path):
    """A page.json edited by hand where it does not record the page's files (no stage reads it,
    its inputs did not change) had stayed "up to date" and failed the run when it rebuilt the
    tables: the freshness check reads it as the tables do, and the page stage makes it again."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    _edit(paths.page_record, lambda d: d["provenance"].update(wall_seconds=-1))
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert result.exit_code == 0, result.output
    assert f"Warning: {paths.page_record}: damaged, not a page artifact (provenance.wall_seconds: " in result.output
    assert "page: done -> " in result.output and "summary: up to date" in result.output


@pytest.mark.parametrize(
    "opening, expected",
    [
        ("v=0\no=- 0 0 IN IP4 127.0.0.1\ns=x\nc=IN IP4 127.0.0.1\nt=0 0\nm=audio 5004 RTP/AVP 0\n", "an SDP stream"),
        ("ffconcat version 1.0\nfile talk.wav\n", "an FFmpeg concat list"),
        ("#EXTM3U\n#EXTINF:10,\ntalk.wav\n", "a playlist"),
    ],
    ids=["sdp", "ffconcat", "m3u"],
)
def test_a_source_that_names_other_streams_is_refused_before_it_is_opened(tmp_path, opening, expected):
    """FFmpeg opens an SDP file by listening on its ports (40 s, then a timeout), and a concat list
    or playlist by opening what it names: a local source is a recording, nothing else."""
    write_tone(tmp_path / "talk.wav")
    (tmp_path / "stream.wav").write_text(opening)
    line = _error_line(invoke("validate", write_config(tmp_path, source="stream.wav")))
    assert f"stream.wav: {expected}" in line and "not a recording" in line, line


TIMED = "a subtitle file or a timed transcript"
SPEECH_TIMING = "a speech timing file (RTTM, STM or CTM"
ARTICLE = "Indonesia menjadikan diplomasi digital bagian dari strategi diplomasi sejak 2017."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1\n00:00:01,000 --> 00:00:04,000\nSelamat pagi.\n\n2\n00:00:04,500 --> 00:00:08,000\nLalu.\n", TIMED),
        ("WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ayu>Selamat pagi semuanya\n", TIMED),
        (f"1\n00:00:00,000 --> 00:00:30,000\n{ARTICLE}\n", TIMED),  # one cue
        (f"[Script Info]\nTitle: x\n\n[Events]\nDialogue: 0,0:00:01.00,0:00:04.00,Default,,0,0,0,,{ARTICLE}\n", TIMED),
        (f"[00:01.00]{ARTICLE}\n[00:05.20]{ARTICLE}\n", TIMED),  # LRC
        (f"[00:01:02] Budi: {ARTICLE}\n[00:01:09] Ayu: {ARTICLE}\n[00:01:15] Budi: Terima kasih.\n", TIMED),
        (f"00:01:02 From Budi to Everyone: {ARTICLE}\n00:01:40 From Ayu to Everyone: setuju\n", TIMED),
        # the speech tools' timing files: an RTTM's "<NA>" fields had read as HTML, an STM or a CTM as an article
        ("SPEAKER demo 1 0.815 56.773 <NA> <NA> Budi <NA> <NA>\n", SPEECH_TIMING),
        (
            "SPEAKER demo 1 0.815 56.773 <NA> <NA> SPEAKER_00 <NA> <NA>\n"
            "SPEAKER demo 1 58.9 11.6 <NA> <NA> Ayu <NA> <NA>\n",
            SPEECH_TIMING,
        ),
        ("".join(f"demo 1 Budi {i}.25 {i + 1}.75 {ARTICLE}\n" for i in range(4)), SPEECH_TIMING),
        ("".join(f"demo 1 {i}.34 0.30 {word} 1.00\n" for i, word in enumerate(ARTICLE.split())), SPEECH_TIMING),
        ('{"judul": "Diplomasi digital", "isi": "Indonesia menjadikan diplomasi digital strategi."}', "JSON data"),
        ("[" * 100_000 + "]" * 100_000, "JSON data"),
        ("{\n  // catatan\n  text: '" + ARTICLE + "',\n}\n", "JSON data"),
        ("no,kalimat,catatan\n" + "".join(f'{i},"{ARTICLE}",ok\n' for i in range(5)), "a table (CSV or TSV rows)"),
        ("judul: Diplomasi\npoin:\n" + "".join(f"  - {ARTICLE}\n" for _ in range(4)), "configuration data"),
        ("[laporan]\n" + "".join(f"poin{i} = {ARTICLE}\n" for i in range(5)), "configuration data"),
        ("{ \\rtf1\\ansi " + ARTICLE + "\\par }", "an RTF document"),
        ("<w:document><w:body><w:p><w:r><w:t>" + ARTICLE + "</w:t></w:r></w:p></w:body></w:document>", "an HTML page"),
        (
            "---\ntitle: Diplomasi Digital\ndate: 2020-07-21\ntags:\n  - diplomasi\n  - stekom\n---\n",
            "configuration data",
        ),
        ("/* ekspor CMS */\n// versi 2\n" + '{"judul": "Diplomasi", "isi": "' + ARTICLE + '"}\n', "JSON data"),
        ('{"cells": [{"cell_type": "markdown", "source": ["' + ARTICLE + '"]}], "nbformat": 4}', "a Jupyter notebook"),
        (
            f"# %% [markdown]\n# {ARTICLE}\n\n# %%\nimport json\nprint(len('{ARTICLE}'))\n",
            "a notebook saved as a script",
        ),
        ('muatLaporan([{"isi": "' + ARTICLE + '"}]);\n', "JavaScript code"),
        ('export default {\n  judul: "Diplomasi",\n  isi: "' + ARTICLE + '",\n};\n', "JavaScript code"),
        (
            'const t="' + ARTICLE + '";function f(e){return e.trim()}document.title=f(t);window.onload=()=>f(t);',
            "JavaScript code",
        ),
        (
            ".isi p{margin:0 0 1em;color:#222}h1,h2{font-weight:600}a:hover{color:red}/* " + ARTICLE + " */",
            "a CSS stylesheet",
        ),
        (
            "-- PostgreSQL database dump\nCREATE TABLE laporan (id int, isi text);\n"
            + "".join(f"INSERT INTO laporan VALUES ({i}, '{ARTICLE}');\n" for i in range(4)),
            "an SQL dump or script",
        ),
        ((REPO / "configs" / "demo.yaml").read_text(encoding="utf-8"), "configuration data"),  # not CSS: {term: ...}
    ],
    ids=[
        "srt",
        "vtt",
        "srt-one-cue",
        "ass",
        "lrc",
        "stamped-transcript",
        "zoom-chat",
        "rttm-one-line",
        "rttm",
        "stm",
        "ctm",
        "json",
        "json-nested-deep",
        "json5",
        "csv",
        "yaml",
        "ini",
        "rtf-spaced",
        "word-xml",
        "yaml-front-matter-alone",
        "json-after-comments",
        "jupyter-notebook",
        "notebook-as-py-percent",
        "jsonp",
        "js-module-object",
        "minified-js",
        "minified-css",
        "sql-dump",
        "a-day-config",
    ],
)
def test_a_transcript_or_data_file_given_as_the_report_is_refused(tmp_path, text, expected):
    line = _error_line(_validate_report(tmp_path, text))
    assert f"laporan.txt: report is {expected}" in line, line


@pytest.mark.parametrize("entity", ["&nbsp;", "&amp;nbsp;", "&#160;"])
def test_html_entities_in_every_line_are_no_table(tmp_path, entity):
    """An article copied with its entities (`&nbsp;`, or escaped again, `&amp;nbsp;`) two in a
    paragraph was refused as 'a table (CSV or TSV rows)': each entity's ';' read as a column's end.
    It is refused as what it is, HTML's text."""
    words = ARTICLE.split()
    paragraph = " ".join([words[0], entity, words[1], entity, *words[2:]])
    line = _error_line(_validate_report(tmp_path, "\n\n".join([paragraph] * 6) + "\n"))
    assert "laporan.txt: report is an HTML page, not plain text" in line, line


def test_an_article_with_a_list_an_agenda_and_a_header_block_is_no_data_file(tmp_path):
    report = (
        "Hari/Tanggal: Selasa, 21 Juli 2020\nWaktu: 09:00 - 11:00 WIB\nTempat: Zoom Meeting\n\n"
        "Materi yang disampaikan:\n- diplomasi digital di masa pandemi\n- tantangan infrastruktur dan anggaran\n"
        f"- media sosial bagi para diplomat\n\n{ARTICLE} Para pemimpin dunia tidak mesti bepergian ke luar negeri.\n\n"
        "Tantangan:\n  - infrastruktur digital\n  - anggaran yang terbatas\n  - keamanan siber\n  - etika\n"
    )
    assert _validate_report(tmp_path, report).exit_code == 0


# Sentences said in a chat or a meeting: what an export of one holds between its stamps.
SAID = [
    "Selamat pagi, diplomasi digital sangat penting bagi kementerian luar negeri.",
    "Setuju pak, media sosial membangun kedekatan dengan publik internasional.",
    "Tantangannya adalah infrastruktur dan anggaran yang terbatas di perwakilan.",
    "Keamanan siber dan privasi data juga harus diatasi oleh pemerintah.",
    "Pertemuan multilateral sekarang banyak dilakukan secara virtual lewat Zoom.",
    "Terima kasih atas diskusinya, sampai jumpa di sesi berikutnya.",
]
WHO = ["Budi Santoso", "Siti Aminah", "Budi Santoso", "Agus Salim", "Siti Aminah", "Budi Santoso"]
CHAT = "a chat export"
LOG = "a log file"


def _lines(shape) -> str:
    return "".join(shape(i, who, said) for i, (who, said) in enumerate(zip(WHO, SAID, strict=True)))


@pytest.mark.parametrize(
    "text, expected",
    [
        (_lines(lambda i, w, s: f"{i // 2}:{(i * 17 + 3) % 60:02d}\n{s.lower().rstrip('.')}\n"), TIMED),
        (_lines(lambda i, w, s: f"{i}:{(i * 23 + 5) % 60:02d} {s.lower().rstrip('.')}\n"), TIMED),
        (_lines(lambda i, w, s: f"{w}  {i}:{(i * 37 + 3) % 60:02d}\n{s}\n\n"), TIMED),
        (_lines(lambda i, w, s: f"{w}   {i + 1}:{(i * 13 + 7) % 60:02d}\n{s}\n{ARTICLE}\n\n"), TIMED),
        ("Rapat - Transkrip\n00:00:00\n\n" + _lines(lambda i, w, s: f"{w}: {s}\n" + "00:05:00\n" * (i == 3)), TIMED),
        (_lines(lambda i, w, s: f"[{w}] 09:{15 + i * 2}:{i * 7 + 2:02d}\n{s}\n"), TIMED),
        (_lines(lambda i, w, s: f"[{i}:{(i * 19 + 3) % 60:02d}] {w.split()[0]}: {s}\n"), TIMED),
        (_lines(lambda i, w, s: f"{w} ({i + 10}:{i * 11 + 2:02d}): {s}\n"), TIMED),
        (_lines(lambda i, w, s: f"[{9 + i // 4}:{i * 7 % 60:02d} AM] {w}: {s}\n"), TIMED),
        (_lines(lambda i, w, s: f"{w}  9:{i * 3 + 14:02d} AM\n{s}\n"), TIMED),
        (_lines(lambda i, w, s: f"{w} — Today at 9:{i * 3 + 14:02d} PM\n{s}\n"), TIMED),
        (_lines(lambda i, w, s: f"0:0:{i}.450 --> 0:0:{i + 1}.120\n{w}\n{s}\n\n"), TIMED),
        (_lines(lambda i, w, s: f"01/12/20 09.{15 + i} - {w}: {s}\n"), CHAT),
        (_lines(lambda i, w, s: f"12/1/20, 9:{15 + i} AM - {w}: {s}\n"), CHAT),
        (_lines(lambda i, w, s: f"[1/12/21, 9:{15 + i}:{i * 9 + 4:02d} AM] {w}: {s}\n"), CHAT),
        (_lines(lambda i, w, s: f"{w}, [01.12.21 09:{15 + i}]\n{s}\n\n"), CHAT),
        (_lines(lambda i, w, s: f"[2021-12-01 09:{15 + i}] {w}: {s}\n{ARTICLE}\n"), CHAT),
        (_lines(lambda i, w, s: f"[01-Dec-21 09:{15 + i} AM] {w.split()[0].lower()}#12{i}\n{s}\n"), CHAT),
        (_lines(lambda i, w, s: f"2021-12-01 09:15:{i * 7:02d},{i}21 INFO pipeline.compare: {s}\n"), LOG),
        (_lines(lambda i, w, s: f"Dec  1 09:15:{i * 7:02d} stekom app[12{i}]: {s}\n"), LOG),
        (_lines(lambda i, w, s: f"2021-12-01T09:15:{i * 7:02d}.120Z {s}\n"), LOG),
        (_lines(lambda i, w, s: f"[09:15:{i * 7:02d}] WARNING: {s}\n"), LOG),
        (_lines(lambda i, w, s: f"{w} (00:{i * 3 + 1:02d}:{i * 13 % 60:02d}):\n{s}\n\n"), TIMED),
        (_lines(lambda i, w, s: f"{s} [{i}:{i * 17 % 60 + 1:02d}]\n"), TIMED),
        (_lines(lambda i, w, s: f"{s} ({i // 3}:{i * 7:02d}:{i * 11 + 3:02d})\n"), TIMED),
        ("Riwayat obrolan\n\nSelasa, 2020/07/21\n" + _lines(lambda i, w, s: f"09:{15 + i}\t{w}\t{s}\n"), CHAT),
    ],
    ids=[
        "youtube-stamp-lines",
        "youtube-stamp-and-text",
        "otter",
        "teams-turns-of-two-lines",
        "meet-speaker-lines",
        "zoom-transcript",
        "bracketed-minutes-speaker",
        "speaker-then-stamp",
        "chat-am-pm",
        "slack-copy",
        "discord-copy",
        "teams-cues",
        "whatsapp-android",
        "whatsapp-android-am-pm",
        "whatsapp-ios",
        "telegram-copy",
        "signal-iso-date",
        "discord-export",
        "log-iso",
        "syslog",
        "log-iso-t",
        "log-time-only",
        "descript-name-stamp-colon",
        "stamp-ending-each-line",
        "stamp-ending-each-line-hours",
        "line-chat-day-lines",
    ],
)
def test_a_chat_a_log_or_a_transcript_stamped_in_any_form_is_refused(tmp_path, text, expected):
    line = _error_line(_validate_report(tmp_path, text))
    assert line.startswith(f"Error: {tmp_path / 'laporan.txt'}: report is {expected}"), line
    assert "not the written report" in line and "field 'report'" in line, line


BODY = "\n\n".join(SAID[:4]) + "\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20210101T090000\nSUMMARY:Diplomasi Digital\n"
            f"DESCRIPTION:{ARTICLE}\nLOCATION:Zoom Meeting\nEND:VEVENT\nEND:VCALENDAR\n",
            "an iCalendar file",
        ),
        (f"BEGIN:VCARD\nVERSION:3.0\nFN:Budi Santoso\nORG:STEKOM\nNOTE:{ARTICLE}\nEND:VCARD\n", "a vCard file"),
        (
            "From: Humas STEKOM <humas@stekom.ac.id>\nTo: redaksi@example.org\nSubject: Laporan hari ke-10\n"
            f"Date: Tue, 21 Jul 2020 14:03:00 +0700\n\n{BODY}",
            "an e-mail message",
        ),
        (
            f"{ARTICLE}\n\n---------- Pesan terusan ---------\nDari: Humas <humas@stekom.ac.id>\n"
            f"Tanggal: Sel, 21 Jul 2020 pukul 14.03\nSubjek: Laporan\nKepada: <redaksi@example.org>\n\n{BODY}",
            "an e-mail message",
        ),
        (
            "diff --git a/laporan.txt b/laporan.txt\nindex 1a2b3c4..4d5e6f7 100644\n--- a/laporan.txt\n"
            f"+++ b/laporan.txt\n@@ -1,3 +1,3 @@\n-{SAID[0]}\n+{SAID[1]}\n {SAID[2]}\n {SAID[3]}\n",
            "a diff or patch",
        ),
        (f"--- lama.txt\n+++ baru.txt\n@@ -1 +1 @@\n-{SAID[0]}\n+{SAID[1]}\n", "a diff or patch"),
        (f"1,2c1\n< {SAID[0]}\n< {SAID[2]}\n---\n> {SAID[1]}\n", "a diff or patch"),
        (
            "\\section{Strategi Diplomasi Digital}\n\\begin{itemize}\n  \\item Kementerian menetapkan "
            "\\textbf{diplomasi digital} sejak 2017.\n  \\item " + SAID[2] + "\n\\end{itemize}\n",
            "a LaTeX source",
        ),
        (f"\\subsection*{{Pendahuluan}}\n{ARTICLE} \\cite{{hanson2012}}\n\n{SAID[2]}\n", "a LaTeX source"),
        (
            '#set page(paper: "a4")\n#set text(lang: "id")\n= Strategi Diplomasi Digital\n'
            f"{ARTICLE}\n\n#strong[{SAID[2]}]\n",
            "Typst markup",
        ),
        (f".TH LAPORAN 7\n.SH NAMA\n{ARTICLE}\n.PP\n{SAID[2]}\n.B {SAID[3]}\n", "troff markup"),
        (f".Dd December 1, 2021\n.Dt LAPORAN 7\n.Sh DESKRIPSI\n{ARTICLE}\n.Pp\n{SAID[2]}\n", "troff markup"),
        (
            f"#+TITLE: Laporan Hari ke-10\n#+AUTHOR: Humas\n* Diplomasi digital\n{ARTICLE}\n** Tantangan\n"
            f"- {SAID[2]}\n",
            "Org-mode markup",
        ),
        (
            f"* Diplomasi digital\n:PROPERTIES:\n:ID: 42\n:END:\n{ARTICLE} [[https://youtu.be/x][Rekaman]]\n",
            "Org-mode markup",
        ),
        (f"= Laporan\n:author: Humas\n:lang: id\n\n{ARTICLE}\n\n[TIP]\n{SAID[2]}\n", "AsciiDoc markup"),
        (
            f"Laporan\n=======\n\n{ARTICLE} Lihat `arsip <https://x.id>`_.\n\n.. warning::\n\n   {SAID[2]}\n",
            "reStructuredText",
        ),
        (
            f"{{{{Infobox kegiatan\n| nama = Workshop\n}}}}\n'''Workshop''' {ARTICLE}\n\n== Tantangan ==\n"
            f"{SAID[2]} [[Kategori:Diplomasi]]\n",
            "MediaWiki markup",
        ),
        (f"[size=5]Laporan[/size]\n\n{ARTICLE}\n[quote]{SAID[2]}[/quote]\n", "BBCode markup"),
        (f'h2. Laporan\n\n{ARTICLE}\n\nbq. {SAID[2]}\n\n"Arsip":https://x.id/arsip\n', "Textile markup"),
        (f"=pod\n\n=head1 LAPORAN\n\n{ARTICLE}\n\n{SAID[2]}\n\n=cut\n", "POD markup"),
        (f"@node Top\n@top Laporan\n\n{ARTICLE} @strong{{{SAID[2]}}}\n@bye\n", "Texinfo markup"),
        (
            f"Cetak - Laporan hari ke-10\n\nHumas STEKOM <humas@stekom.ac.id>   Sel, 21 Jul 2020 pukul 14.03\n"
            f"Kepada: redaksi@example.org\n\n{BODY}",
            "an e-mail message",
        ),
        (
            f"{ARTICLE} Sejak tahun [-2016-]{{+2017+}}.\n{SAID[2]} [-Dana-]{{+Anggaran+}} terbatas.\n",
            "a diff or patch",
        ),
        (f"diff --git a/laporan.txt b/laporan.txt\nindex 1a2b3c4..4d5e6f7 100644\n{ARTICLE}\n", "a diff or patch"),
    ],
    ids=[
        "icalendar",
        "vcard",
        "email",
        "email-forwarded-id",
        "git-diff",
        "unified-diff",
        "normal-diff",
        "latex-fragment",
        "latex-section-cite",
        "typst",
        "troff-man",
        "troff-mdoc",
        "org-keywords",
        "org-drawer-link",
        "asciidoc",
        "restructuredtext",
        "mediawiki",
        "bbcode",
        "textile",
        "pod",
        "texinfo",
        "email-printed-sender-line",
        "git-word-diff",
        "git-header-without-hunk",
    ],
)
def test_a_calendar_a_message_a_patch_or_markup_given_as_the_report_is_refused(tmp_path, text, expected):
    line = _error_line(_validate_report(tmp_path, text))
    assert line.startswith(f"Error: {tmp_path / 'laporan.txt'}: report is {expected}"), line
    assert "not plain text" in line and "field 'report'" in line, line


@pytest.mark.parametrize(
    "text",
    [
        _lines(lambda i, w, s: f"{w}  {i}:{(i * 37 + 3) % 60:02d}\n{s}\n\n"),
        _lines(lambda i, w, s: f"01/12/20 09.{15 + i} - {w}: {s}\n"),
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDESCRIPTION:" + ARTICLE + "\nEND:VEVENT\nEND:VCALENDAR\n",
    ],
    ids=["otter", "whatsapp", "icalendar"],
)
def test_compare_refuses_a_report_that_is_no_article_as_validate_does(tmp_path, text):
    from fakes import make_day

    config, _ = make_day(tmp_path / "configs", tmp_path / "out")
    (config.parent / "laporan.txt").write_text(text)
    config.write_text(yaml.safe_dump({**yaml.safe_load(config.read_text()), "report": "laporan.txt"}))
    line = _error_line(invoke("--outputs", tmp_path / "out", "compare", config))
    assert line.startswith(f"Error: {config.parent / 'laporan.txt'}: report is "), line


ARTICLES = {
    "times-and-dates-in-prose": (
        "Workshop hari ke-10 dibuka pukul 09.00 WIB oleh moderator dan berlangsung hingga pukul 11:45.\n\n"
        "Pada Selasa (21/07/2020) Universitas STEKOM menghadirkan dua narasumber. Sesi tanya jawab dimulai "
        "pukul 10:37 dan diikuti ratusan peserta.\n\n"
        f"{ARTICLE} Para pemimpin dunia tidak mesti bepergian ke luar negeri.\n"
    ),
    "header-block-with-speakers": (
        "Narasumber: Dr. Ayu Larasati, S.Sos., M.Ikom.\nModerator: Budi Santoso\n"
        "Hari/Tanggal: Selasa, 21/07/2020\nWaktu: 09:17 - 11:43 WIB\nTempat: Zoom Meeting\n\n"
        f"{ARTICLE}\n\n{SAID[2]} {SAID[3]}\n"
    ),
    "agenda-with-times": (
        "Susunan acara:\n08:45 - 09:00 Registrasi peserta\n09:00 Pembukaan oleh MC\n09:05 Menyanyikan Indonesia Raya\n"
        "09:10 Sambutan Rektor\n09:25 Materi: Diplomasi Digital\n10:30 Tanya jawab\n11:00 Penutupan\n\n"
        f"{ARTICLE}\n\n{SAID[2]}\n"
    ),
    "agenda-of-two-days": (
        "Hari pertama\n09:00 Pembukaan\n09:15 Materi pertama\n10:30 Diskusi\n\n"
        "Hari kedua\n09:00 Pembukaan\n09:15 Materi kedua\n10:30 Diskusi\n\n"
        f"{ARTICLE}\n\n{SAID[2]}\n\n{SAID[3]}\n"
    ),
    "moderator-lines-in-prose": (
        f"{ARTICLE}\n\nModerator: Selamat pagi, mari kita mulai sesi kedua pada pukul 10:12.\n"
        "Dr. Ayu: Diplomasi digital memerlukan infrastruktur dan anggaran yang memadai.\n"
        "Moderator: Bagaimana dengan keamanan siber?\n"
        "Dr. Ayu: Keamanan siber dan privasi data harus diatasi bersama.\n\n"
        f"{SAID[4]}\n"
    ),
    "quote-list-dateline": (
        'Jakarta, 21/07/2020 09:30 WIB - Workshop diplomasi kembali digelar.\n\n"Diplomasi digital belum bisa '
        'sepenuhnya menggantikan diplomasi tatap muka," kata Retno Marsudi.\n\nTantangan:\n- infrastruktur\n'
        "- anggaran\n- keamanan siber\n\nKontak: humas@stekom.ac.id. Dari kiri: Budi Santoso dan Siti Aminah.\n"
    ),
    "interview-tanya-jawab": (
        f"Wawancara: Diplomasi Digital\n\n{ARTICLE}\n\nTanya: Bagaimana peran media sosial bagi diplomat?\n"
        f"Jawab: {SAID[1]}\n\nTanya: Apa tantangan terbesarnya?\nJawab: {SAID[2]}\n\n"
        f"Tanya: Bagaimana dengan keamanan?\nJawab: {SAID[3]}\n"
    ),
    "interview-t-j": "".join(f"T: Apa pendapat Anda tentang hal ke-{i}?\nJ: {s}\n" for i, s in enumerate(SAID)),
    "faq-pertanyaan-jawaban": (
        "Tanya jawab seputar workshop\n\n"
        + "".join(f"Pertanyaan: Apa yang dibahas pada sesi ke-{i}?\nJawaban: {s}\n\n" for i, s in enumerate(SAID))
    ),
    "interview-names-before-answers": (
        f"{ARTICLE}\n\n"
        + "".join(f"Tempo: Bagaimana pandangan Ibu soal hal ke-{i}?\nRetno: {s}\n" for i, s in enumerate(SAID))
    ),
    "live-report-zoned-times": (
        "Laporan langsung dari Jakarta.\n\n"
        + _lines(lambda i, w, s: f"{9 + i // 3}:{i * 13 % 60 + 2:02d} WIB – {w} menyatakan: {s}\n")
    ),
    "timeline-dashed-times": (
        "Kronologi kejadian:\n"
        + _lines(lambda i, w, s: f"{13 + i}:{i * 7 + 3:02d} - {w} tiba dan berkata {s.lower()}\n")
    ),
    "press-release-header-block": (
        "SIARAN PERS\nNomor: 12/HUMAS/VII/2020\nUntuk disiarkan segera\nKontak: Budi Santoso\nTelepon: 0812-3456\n\n"
        f"Semarang, 21 Juli 2020 – {ARTICLE}\n\n{SAID[2]}\n\n{SAID[3]}\n\n###\n"
    ),
    "code-words-in-prose": (
        "Panitia mencatat peserta dengan console.log dan sebuah function sederhana; if perlu, for setiap sesi; "
        f"while acara berjalan; return tiket diatur panitia.\n\n{ARTICLE}\n\n{SAID[2]}\n"
    ),
    "markdown-with-hashtags": (
        "# Diplomasi Digital\n\n" + ARTICLE + " #DiplomasiDigital #stekom\n\n## Tantangan\n\n* infrastruktur\n"
        "* anggaran yang terbatas\n\n> " + SAID[3] + "\n\nSumber: rekaman (1:02:03) di kanal kampus.\n"
    ),
}


@pytest.mark.parametrize("text", ARTICLES.values(), ids=ARTICLES.keys())
def test_an_article_with_times_dates_speakers_and_an_agenda_is_an_article(tmp_path, text):
    result = _validate_report(tmp_path, text)
    assert result.exit_code == 0, result.output


def test_a_truth_timed_in_minutes_is_refused_naming_the_turn(tmp_path):
    truth = json.loads((REPO / "configs" / "demo-3" / "truth.json").read_text())
    for turn in truth["turns"]:
        turn["start"], turn["end"] = round(turn["start"] / 60, 3), round(turn["end"] / 60, 3)
    write_tone(tmp_path / "talk.wav")
    (tmp_path / "truth.json").write_text(json.dumps(truth))
    line = _error_line(invoke("validate", write_config(tmp_path, truth="truth.json")))
    assert "turns.0: holds" in line and "are its times in seconds?" in line, line


@pytest.mark.parametrize(
    "shape",
    [
        "one line", "strong", "link", "image", "strike", "footnote", "address", "table", "titles", "lower case",
        "note", "byline", "caption", "credits in a line", "credit names", "agency names", "bylines closing",
        "camera handles", "a label before a word", "a camera before a word", "a site before a word",
    ],
)  # fmt: skip
def test_a_report_of_one_long_line_reads_without_backtracking(tmp_path, shape):
    """Patterns that scanned a line from both ends took 6 minutes on a 1 MB one-line report; all
    are linear now (1 MB in at most 1.5 s, docs/measurements.md).  A hang guard, not a timing."""
    from pipeline.config import load_config
    from pipeline.text.points import split_points
    from pipeline.text.report import read_report

    day10 = (REPO / "configs" / "reports" / "day-10.txt").read_text().replace("\n", " ")
    unit = {
        "one line": day10,
        "strong": "**a ",
        "link": "[a](",
        "image": "![a](",
        "strike": "~~a ",
        "footnote": "^[a ",
        "address": "a@",
        "table": "a | b ",
        "titles": "Dr. ",
        "lower case": "kata lagi. ",
        "note": "[Catatan editor: a (",
        "byline": "Ditulis oleh Rina pada 14 Desember 2020 pukul 10.15 ",
        "caption": "Foto: a b (ANTARA/HO-STEKOM) ",
        "credits in a line": "Menlu saat membuka pelatihan. (Foto: Dok. Kemlu) ",
        "credit names": "Kegiatan ditutup. Foto: Istimewa Panitia Humas ",
        "agency names": "Acara selesai. KOMPAS/HENDRA WIJAYA Dekan FISIP ",
        "bylines closing": "Selesai. Penulis: A. Editor: B. ",
        "camera handles": "Selesai. 📸 @a.b ",
        # a word as long as a report's may be, after what opens a credit (each unit one word)
        "a label before a word": "Foto: " + "a" * 993,
        "a camera before a word": "📸 @" + "a" * 996,
        "a site before a word": "Acara selesai. " + "a" * 984,
    }[shape]
    text = (unit * (300_000 // len(unit) + 1))[:300_000]
    # a space every 500 characters (999 in a word's shape): a run of 1,000 without one is refused as no
    # article's text
    width = 999 if shape.endswith("word") else 500
    (tmp_path / "laporan.txt").write_text(" ".join(text[i : i + width] for i in range(0, len(text), width)))
    write_tone(tmp_path / "talk.wav")
    config = load_config(write_config(tmp_path, report="laporan.txt"))
    with _hang_guard(f"{shape}: reading the report backtracks"):
        split_points(read_report(config))


@pytest.mark.parametrize("opening", ["Foto: ", "📸 @", "Acara selesai. "], ids=["a-label", "a-camera", "a-sentence"])
def test_one_long_word_after_what_opens_a_credit_reads_without_backtracking(opening):
    """A site's name or a handle looked for from every letter of a word read a word of 30,000
    characters in 14-16 s, the square of its length (a report's words are under 1,000 characters,
    but the furniture's patterns read any text); from a word's opening they are linear.  100,000
    characters: a hang guard, not a timing."""
    from pipeline.text.furniture import without_furniture

    with _hang_guard(f"{opening!r}: a long word backtracks"):
        without_furniture(f"Selesai. {opening}{'a' * 100_000} x")


@pytest.mark.parametrize(
    "unit",
    [
        "Selesai. FOTO: ISTIMEWA ",
        "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT ",
        "Selesai. ADVERTISEMENT ",
        "Selesai. Baca Juga: Aa Bb dari Cc ",
        "x. Baca Juga: " + "Aa " * 30,
        "Selesai. Gambar: Aa bb cc ",
        "a. Gambar: A" + "a " * 200,
        "Gambar: ",
        "Selesai. (Aa (1/2) bb. Foto: ",
        "x. (A (a) a ",
        "1/5 Aa bb. (Dok. A) ",
        "Acara selesai. KOMPAS/HENDRA WIJAYA Dekan FISIP ",
        "Selesai. Foto: Humas Pemkab Peserta di Aula, Selasa (14/3/2023). ",
        "Selesai. Foto: Humas Aa Bb cc ",
        "Selesai. 📸 @a.b ",
        "x. Baca Juga: Aa dari Bb Cc dd ",
        "x. Gambar: Prof. Aa ",
        "1,2K suka ",
        "“a ” a. (Foto: A) ",
    ],
)
def test_a_line_of_the_fifty_fifth_rounds_shapes_reads_without_backtracking(unit):
    """Each pattern the fifty-fifth round added or changed, on a line of 200,000 characters of its
    shape (docs/compare.md gives the times, each linear): a hang guard, not a timing."""
    from pipeline.text.furniture import without_furniture

    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    text = " ".join(text[i : i + 500] for i in range(0, len(text), 500))  # a report's spaces
    with _hang_guard(f"{unit!r}: a long line backtracks"):
        without_furniture(text)


@pytest.mark.parametrize(
    "unit",
    [
        "x. UPDATE 14.05 WIB ",
        "x. update ",
        "(Update 09.15 ",
        "Selesai. Bagikan: Facebook Twitter ",
        "Bagikan: Facebook ",
        "x. Share Facebook Twitter ",
        "x. Tonton video 'A': ",
        "x. Simak juga Video 'A ",
        "x. Video '",
        "x. Pewarta: Aa Bb ",
        "Pewarta: " + "Aa " * 10,
        "x. Editor: Aa | Editor: Bb ",
        "Penulis: Aa Bupati ",
        "Pewarta: Aa Bb\n",
        "Editor: Aa Bb Cc Dd Ee Ff Gg Hh Ii ",
        "Aa bb. (Peta: A) ",
        "Photo: Aa/Bb ",
        "LIVE UPDATE: Aa ",
        "x.[1]",
        "a¹",
        "x. { PAGE ",
        "x. Error! ",
        "x (baca juga: a ",
        "x (Foto: A ",
    ],
)
def test_a_line_of_the_fifty_sixth_rounds_shapes_reads_without_backtracking(unit):
    """Each pattern the fifty-sixth round added or changed (a live blog's stamp, a share bar, a video's
    teaser, bylines, the credits of maps and English pages, and the inline patterns
    read from their mark), on a line of 200,000 characters of its shape (docs/compare.md gives the times,
    each linear): a hang guard, not a timing."""
    from pipeline.text.furniture import without_furniture

    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    text = " ".join(text[i : i + 500] for i in range(0, len(text), 500))  # a report's spaces
    with _hang_guard(f"{unit!r}: a long line backtracks"):
        without_furniture(text)


@pytest.mark.parametrize(
    "unit",
    [
        "Foto: Humas Aa ",
        "Foto: Humas Aa bb cc dd. ",
        "FOTO: ISTIMEWA Aa bb. ",
        "Foto : Dok. Aa Bb Cc dd. ",
        "x. Foto: Aa bb. (Cc) ",
        "x. Foto: Aa bb. Dok. Cc Dd ",
        "x. Foto: Aa bb ",
        "x. Foto: Aa ",
        "x (Courtesy of Aa) ",
        "x (Photo courtesy of ",
        "x (Antara/Aa) ",
        "Aa bb in Cc, on Aug. 15, 2023. (JP/Aa) ",
        "in Aa, on Aug. 1",
        "Aa on Aug. ",
        "x. Aa bbed. (JP/Aa) ",
        "Photo: Antara/Aa Bb The cc ",
        "x. Foto: Aa Bb Cc dd. (Ee) ",
        "x. Foto: Aa bb. (Cc Dd) Ee ff. ",
        "x. Foto: Aa bb. (Cc",
        "x. Foto: Aa bb. (Cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc ",
        "x. Foto: Aa bb. Dok. Aa Bb Cc dd ",
        "x. Foto : Aa BB cc. Dok. AA BB Cc dd. ",
        "the cc of dd (JP/Bb) ",
    ],
)
def test_a_line_of_the_fifty_seventh_rounds_shapes_reads_without_backtracking(unit):
    """Each pattern the fifty-seventh round added or changed (a credit opening a line, a caption after
    "Foto:" and before its credit and where that credit ends, English credits and sentences, a month's
    abbreviation before its day, since removed), on a line of 200,000 characters of its shape
    (docs/compare.md gives the times, each linear): a hang guard, not a timing."""
    from pipeline.text.furniture import without_furniture

    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    text = " ".join(text[i : i + 500] for i in range(0, len(text), 500))  # a report's spaces
    with _hang_guard(f"{unit!r}: a long line backtracks"):
        without_furniture(text)


@pytest.mark.parametrize(
    "unit",
    [
        "Foto: Aa bb. (Cc Dd) Ee ff. ",
        "Foto: Aa bb. Dok. Cc Dd Ee ff.\n",
        "Foto: Aa bb. (Cc Dd)\n",
        "Foto : Aa BB cc. Dok. AA BB Cc dd. ",
        "Foto: Humas Aa Bupati Bb cc. ",
        "x. Foto: Dok. Aa Bb Menteri Cc dd ",
        "x. Foto: Humas Aa Wali Kota Bb cc. ",
        "Foto: Aa Bb Cc Dd Ee Ff Gg Bupati ",
        "Foto: Dok. Aa Kepala ",
        "- Foto: Aa bb. (Cc Dd) Ee ff.\n",
        "Foto: Dok. Aa Bupati Bb ",
    ],
)
def test_a_line_of_the_fifty_eighth_rounds_shapes_reads_without_backtracking(unit):
    """Each pattern the fifty-eighth round changed (a caption after "Foto:" opening a line, a credit's names
    ending before an office's title), on 200,000 characters of its shape (docs/compare.md gives the times,
    each linear): a hang guard, not a timing."""
    from pipeline.text.furniture import without_furniture

    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    text = " ".join(text[i : i + 500] for i in range(0, len(text), 500))  # a report's spaces
    with _hang_guard(f"{unit!r}: a long line backtracks"):
        without_furniture(text)


@pytest.mark.parametrize("run", [" ", "\t"], ids=["spaces", "tabs"])
@pytest.mark.parametrize(
    "opening",
    [
        "x.",
        "x. (",
        "x...",
        "x.|",
        "x. Error!",
        "x. {",
        "x. [gambas:",
        "x. Update",
        "x. Bagikan",
        "x. 📸",
        "Foto: Humas",
        "Foto: Humas Aa",
        "x. Foto:",
        "x. Foto: Aa bb.",
        "x. (Photo",
        "x. (Courtesy of",
        "x. Aa in Bb,",
        "Photo: Antara/Aa Bb",
        "x. Foto: Aa bb. (Cc",
        "x. Foto: Aa Bb Cc dd. Dok.",
        "The cc of",
        "Foto:",
        "Foto: Aa bb.",
        "Foto: Aa bb. Dok. Cc",
        "Foto: Aa bb. (Cc Dd)",
        "Foto: Humas Aa Bupati",
        "x. Foto: Dok. Aa",
        "-",
        "x.\n",
        "x.\n-",
        "- Foto: Aa bb. (Cc Dd)",
    ],
)
def test_a_long_run_of_spaces_or_tabs_reads_without_backtracking(opening, run):
    """The patterns opening with spaces before a bracket, a mark or a byline's label had read a run
    of them from each of its positions ("x." then 8,000 tabs: 3.4 s, about 4.5 times as long for each
    doubling); from the run's first only, 200,000 are linear.  So had two optional runs around an
    optional mark, split at each of their positions (a live blog's "Update" then 20,000 spaces: 15 s;
    a share bar's "Bagikan" then 20,000 spaces and its buttons: 31 s; a camera's emoji).  A hang
    guard, not a timing."""
    from pipeline.text.furniture import without_furniture

    with _hang_guard(f"{opening!r}: a long run of {run!r} backtracks"):
        without_furniture(f"{opening}{run * 200_000}x Facebook Twitter Baca juga: A")


@pytest.mark.parametrize("lines", [False, True], ids=["one line", "lines"])
@pytest.mark.parametrize(
    "unit",
    [
        "0:05 ",
        "Budi Santoso  0:03 ",
        "1/12/20 9.15 - Budi: ",
        "Dec  1 ",
        "Budi, ",
        "\\aa[",
        "#a(",
        "[[a][",
        "From: ",
        "09:17 WIB – a b c d ",
        "Tanya: a b c. ",
        "a (0:01:12) ",
        "{+a [-b ",
        "/* function a(",
        "Budi <a@b.cd> ",
    ],
)
def test_the_stamps_and_marks_of_a_report_are_read_in_linear_time(tmp_path, unit, lines):
    """Telling a transcript, a chat, a log or markup reads each line once, with bounded spans
    (1 MB in well under a second); a hang guard, not a timing."""
    from pipeline.config import ConfigError, load_config
    from pipeline.text.report import read_report

    text = (unit.strip() + "\n") * (300_000 // len(unit)) if lines else (unit * (300_000 // len(unit) + 1))[:300_000]
    (tmp_path / "laporan.txt").write_text(text)
    write_tone(tmp_path / "talk.wav")
    config = load_config(write_config(tmp_path, report="laporan.txt"))
    with _hang_guard(f"{unit!r}: reading the report backtracks"), contextlib.suppress(ConfigError):
        read_report(config)  # refused or not, in linear time


@pytest.mark.parametrize("shape", ["a turn of 400 words", "a line of 20,000 characters"])
def test_a_long_turn_is_read_for_garbles_in_linear_time(shape):
    """amid_garbles read each word's turn again for each word, 40 s on one line of 20,000 characters
    before the fifty-seventh round's mend (0.6 s now, docs/measurements.md): a hang guard, not a timing."""
    from wordfreq import top_n_list

    from pipeline.text.phrase_readings import Vocabulary, amid_garbles
    from test_topics import DEMO, REPORT

    # the language's words each said once, each read as a candidate, with names no list knows between
    words = [word for word in top_n_list("id", 6_000) if word.isalpha()]
    line = " ".join(f"{word} desa{i}" if i % 3 else word for i, word in enumerate(words))
    turn = " ".join(line.split()[:400]) if shape.endswith("words") else line[:20_000].rsplit(" ", 1)[0]
    normalized = [turn, "sapi perah diberi pakan tiap pagi"]
    vocabulary = Vocabulary.of_day(DEMO, REPORT).talk_calls(normalized, normalized)
    heard = {word: 0.5 + (i % 5) / 10 for i, word in enumerate(turn.split())}
    with _hang_guard(f"{shape}: reading it for garbles is quadratic"):
        amid_garbles(normalized, vocabulary)
        amid_garbles(normalized, vocabulary, ["A", "A"], heard, 0.65)


def test_a_turn_of_5000_different_words_no_list_has_is_read_in_linear_time():
    """A turn of 5,000 different pieces no word list knows, each read as unknown once: the guard above
    repeats a few hundred words, and a set copied for each different unknown word (a review of the
    fifty-eighth round found one, 76 s on 20,000) would pass it unseen.  A hang guard, not a timing."""
    from pipeline.text.phrase_readings import Vocabulary, amid_garbles
    from test_topics import DEMO

    pieces = ["zq" + "".join(chr(ord("a") + i // 26**place % 26) for place in range(4)) + "a" for i in range(5_000)]
    normalized = [" ".join(pieces), "sapi perah diberi pakan tiap pagi"]
    heard = dict.fromkeys(pieces, 0.5)
    with _hang_guard("5,000 different unknown words: reading the talk is quadratic"):
        vocabulary = Vocabulary.of_day(DEMO, None).talk_calls(normalized, normalized, ["A", "B"], heard)
        amid_garbles(normalized, vocabulary, ["A", "B"], heard, 0.65)


def test_a_recording_whose_header_says_it_is_too_short_is_refused_at_validate(tmp_path):
    write_tone(tmp_path / "talk.wav", seconds=1.0)
    line = _error_line(invoke("validate", write_config(tmp_path)))
    assert "talk.wav: the recording is 1.00 s long; at least 2 s are needed" in line, line


@pytest.mark.parametrize("source", ["http://127.0.0.1:0/talk.wav", "https://example.org:70000/x"])
def test_a_url_with_no_server_port_is_refused(tmp_path, source):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, source=source)))
    assert "the URL's port is not a number from 1 to 65535" in line, line


def test_a_file_named_in_another_unicode_form_is_pointed_out(tmp_path):
    """'café' typed in the config (é one character) and on disk with a combining accent look the
    same: the error says why the file is not found."""
    import unicodedata

    write_tone(tmp_path / unicodedata.normalize("NFD", "café.wav"))
    line = _error_line(invoke("validate", write_config(tmp_path, source=unicodedata.normalize("NFC", "café.wav"))))
    assert "no such file" in line and "'cafe\\u0301.wav', the same name in another Unicode form" in line, line


def test_a_truth_nested_too_deeply_is_one_line(tmp_path):
    write_tone(tmp_path / "talk.wav")
    (tmp_path / "truth.json").write_text('{"turns": ' + "[" * 100_000 + "]" * 100_000 + "}")
    line = _error_line(invoke("validate", write_config(tmp_path, truth="truth.json")))
    assert "truth.json: not a ground-truth file (JSON nested too deeply)" in line, line


def test_a_truth_kept_from_the_config_it_was_copied_from_is_refused_at_validate(tmp_path):
    """A config copied from the demo's kept `truth: demo/truth.json`: validate said ok, and the new
    day was scored against the demo's words and voices (or failed after transcribing)."""
    (tmp_path / "demo").mkdir()
    write_tone(tmp_path / "demo" / "recording.wav", seconds=4.0)
    turns = {"turns": [{"speaker": "A", "start": 0.0, "end": 1.0, "text": "halo semua"}]}
    (tmp_path / "demo" / "truth.json").write_text(json.dumps(turns))
    demo = write_config(tmp_path, "demo.yaml", id="demo", source="demo/recording.wav", truth="demo/truth.json")
    write_tone(tmp_path / "rekaman-saya.wav", seconds=3.0)
    mine = write_config(tmp_path, "hari-saya.yaml", id="hari-saya", source="rekaman-saya.wav", truth="demo/truth.json")
    line = _error_line(invoke("validate", mine))
    assert f"{mine}: field 'truth': demo/truth.json is the ground truth of demo.yaml" in line, line
    assert invoke("validate", demo).exit_code == 0  # the day the truth is of, its recording beside it
    own = write_config(tmp_path, "salinan.yaml", id="salinan", source="demo/recording.wav", truth="demo/truth.json")
    assert invoke("validate", own).exit_code == 0  # the same recording under another config


def test_a_truth_past_the_length_the_media_declares_is_refused_at_validate(tmp_path):
    """Times in milliseconds, or another day's truth: refused before any transcription."""
    truth = json.loads((REPO / "configs" / "demo-3" / "truth.json").read_text())
    for turn in truth["turns"]:
        turn["start"], turn["end"] = turn["start"] * 1000, turn["end"] * 1000
    write_tone(tmp_path / "talk.wav", seconds=30)
    (tmp_path / "truth.json").write_text(json.dumps(truth))
    line = _error_line(invoke("validate", write_config(tmp_path, truth="truth.json")))
    assert "truth.json: turn 0 ends at" in line and "after the end of the recording (30.0 s)" in line, line


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"transcribe": {"model": "base\n"}}, "field 'transcribe.model': must be one line of plain text"),
        ({"transcribe": {"model": "base\0"}}, "field 'transcribe.model': must be one line of plain text"),
        ({"transcribe": {"device": "cpu\n"}}, "field 'transcribe.device': must be one line of plain text"),
        ({"transcribe": {"model": "org/whisper\u202eesab"}}, "field 'transcribe.model': must be one line"),
        ({"transcribe": {"model": "./" + "x" * 5000}}, "field 'transcribe.model': is 5,002 characters long"),
        ({"language": False}, "YAML reads a bare no, yes, on, off, true or false as a yes/no value"),
    ],
    ids=["newline-model", "nul-model", "newline-device", "bidi-hub-id", "huge-model", "language-no"],
)
def test_every_text_field_of_a_config_is_one_line_and_says_which(tmp_path, fields, expected):
    write_tone(tmp_path / "talk.wav")
    result = invoke("validate", write_config(tmp_path, **fields))
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    assert expected in result.output and "\0" not in result.output


@pytest.mark.parametrize("name", ["a\nb.yaml", "rtl\u202eymal.yaml", "bell\a.yaml", "mark\u200f.yaml"])
def test_a_config_file_name_that_would_act_on_the_terminal_is_shown_escaped(tmp_path, name):
    write_tone(tmp_path / "talk.wav")
    path = write_config(tmp_path, name=name, title="")
    result = invoke("validate", path)
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    shown = name.encode("unicode_escape").decode("ascii")
    assert shown in result.output and not any(c in result.output for c in "\a\u202e\u200f")


def test_a_message_grown_by_a_pasted_name_is_cut_in_its_middle():
    from pipeline.text.formats import MESSAGE_MAX_CHARS, printable

    line = printable("x" * 50_000 + ": no such file; check the field 'source'")
    assert len(line) <= MESSAGE_MAX_CHARS + 3 and line.endswith("check the field 'source'")


def test_a_recorded_address_keeps_no_password_and_only_web_addresses_are_linked():
    from pipeline.artifacts import public_url

    assert public_url("https://user:secret@example.org:8080/v?x=1") == "https://example.org:8080/v?x=1"
    assert public_url("https://example.org/watch?v=abc") == "https://example.org/watch?v=abc"


def test_a_failed_run_records_a_stage_of_the_pipeline_and_marks_no_text_turned_around(tmp_path):
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    assert invoke("--outputs", tmp_path / "out", "run", config).exit_code == 0
    # a warning of the recording's, which the summary and the page show (its title is checked against its file)
    _edit(paths.source, lambda d: d.update(warnings=["Judul \u200fhari\u061c \u200eini"]))
    assert invoke("--outputs", tmp_path / "out", "run", config, "--force", "summary").exit_code == 0
    assert json.loads(paths.summary.read_text(encoding="utf-8"))["source"]["warnings"] == ["Judul hari ini"]
    from pipeline.index import refresh_archive

    _edit(paths.status, lambda d: d.update(status="failed", stage="x" * 160_000, reason="r"))
    refresh_archive(tmp_path / "out")
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "x" * 100 not in index and "Hari uji" in index


@pytest.mark.parametrize("command", [["validate", ""], ["run", ""], ["batch", ""], ["batch", "day.yaml", ""]])
def test_an_empty_config_argument_is_a_usage_error(tmp_path, command):
    result = invoke(*command)
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert "names no file (it is empty)" in result.output


@pytest.mark.parametrize(
    "address, port", [("tcp://127.0.0.1:0", 0), ("127.0.0.1:99999", 99999), ("tcp://archive:65536/", 65536)]
)
def test_a_scheduler_at_no_port_is_refused_at_once(tmp_path, address, port):
    """A port past 65535 had waited out Dask's 30 s timeout before saying nothing answered."""
    write_tone(tmp_path / "talk.wav")
    result = invoke("--outputs", tmp_path / "out", "batch", write_config(tmp_path), "--scheduler", address)
    assert result.exit_code == 1 and f"port {port} is no address a scheduler listens on" in result.output


@pytest.mark.parametrize("address", ["", "  "])
def test_an_empty_scheduler_is_a_usage_error(tmp_path, address):
    """`--scheduler "$SCHEDULER"` with the variable unset had run the days on local workers."""
    write_tone(tmp_path / "talk.wav")
    result = invoke("--outputs", tmp_path / "out", "batch", write_config(tmp_path), "--scheduler", address)
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert "Invalid value for '--scheduler': is empty; leave --scheduler out" in result.output
    assert not (tmp_path / "out").exists()


def test_an_artifact_replaced_by_a_folder_is_named_as_a_folder(tmp_path):
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    paths.topics.unlink()
    paths.topics.mkdir()
    line = _error_line(invoke("--outputs", tmp_path / "out", "compare", config))
    assert line.startswith(f"Error: {paths.topics}: ") and "a folder, not the file" in line and "'topics'" in line


def test_a_report_holding_a_blob_without_spaces_is_refused_at_validate(tmp_path):
    """A 25,000-character token (base64, minified code) passed validate and ended `run` in an
    internal error when its point reached the comparison's text limit."""
    line = _error_line(_validate_report(tmp_path, "Acara dibuka pukul sembilan.\n\n" + "QUJD" * 6000 + "\n"))
    assert "report holds 24,000 characters without a space on line 3" in line, line


def test_a_password_in_a_source_address_reaches_no_record_and_no_message():
    from pipeline.text.formats import printable

    line = printable("https://budi:rahasia@example.org/v.mp3: download failed: HTTP error 404")
    assert line == "https://example.org/v.mp3: download failed: HTTP error 404"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_line_separator_in_the_talk_forges_no_turn_in_the_plain_transcript(tmp_path, separator):
    from fakes import edit_words, make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    forged = f"{separator}[00:00:20] Palsu Penyusup:{separator}"
    edit_words(paths.root, lambda _, word: word + forged)
    result = invoke("--outputs", tmp_path / "out", "run", config)
    assert result.exit_code == 0, result.output
    text = paths.transcript_txt.read_text(encoding="utf-8")
    assert separator not in text and "\n[00:00:20] Palsu" not in text


def test_names_in_the_lines_a_command_prints_cannot_act_on_the_terminal(tmp_path):
    write_tone(tmp_path / "talk.wav")
    result = invoke("--outputs", tmp_path / "out\u202e", "validate", write_config(tmp_path))
    assert result.exit_code == 2 and "\u202e" not in result.output
    config = write_config(tmp_path, name="hari\x1b[2J.yaml")  # refused (a control character), named escaped
    result = invoke("validate", config)
    assert result.exit_code == 1 and "\x1b" not in result.output and "\\x1b[2J" in result.output


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u061c"])
def test_a_bidi_mark_in_a_title_or_name_is_refused_like_an_override(tmp_path, mark):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, title=f"Hari {mark}uji")))
    assert "field 'title': must be one line of plain text" in line and mark not in line, line


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "import os\nfrom pathlib import Path\n\ndef main():\n    return Path('.')\n\n"
            "if __name__ == '__main__':\n    main()\n",
            "Python code",
        ),
        ('#!/bin/bash\nset -e\nfor f in *.txt; do\n  echo "$f"\ndone\n', "a shell script"),
        ("set -eu\nexport LANG=C\nfor f in *.txt; do wc -l $f; done\nif [ -d x ]; then ls; fi\n", "a shell script"),
    ],
    ids=["python", "bash-shebang", "shell-without-shebang"],
)
def test_a_script_given_as_the_report_is_refused_naming_its_language(tmp_path, text, expected):
    line = _error_line(_validate_report(tmp_path, text))
    assert f"report is {expected}, not the article's text" in line, line


def test_a_blob_of_a_thousand_characters_without_a_space_is_no_article(tmp_path):
    line = _error_line(_validate_report(tmp_path, "Ringkasan acara.\n\n" + "QUJD" * 420 + "\n"))
    assert "report holds 1,680 characters without a space on line 3" in line, line


@pytest.mark.parametrize(
    ("section", "field", "value"),
    [("glossary", "also", "{Kemlu: 1}"), ("transcribe", "switch_languages", "{en: 1}")],
)
def test_a_field_that_is_a_list_says_to_write_a_list(tmp_path, section, field, value):
    """Not the section's hint for its items ("write each term as '- term: …'") for a field inside one."""
    from pipeline.artifacts import PipelineError

    config = tmp_path / "day.yaml"
    entry = (
        f"  - {{term: Kementerian Luar Negeri, {field}: {value}}}" if section == "glossary" else f"  {field}: {value}"
    )
    config.write_text(f"id: day\ntitle: Hari\nlanguage: id\nsource: talk.wav\n{section}:\n{entry}\n")
    (tmp_path / "talk.wav").write_bytes(b"RIFF")
    with pytest.raises(PipelineError, match=rf"'{section}\.(0\.)?{field}': .*write it as a list in brackets"):
        load_config(config)


def _day_files(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir()) if p.is_file()}


@pytest.mark.parametrize("command", ["run", "download", "transcribe"])
def test_a_config_copied_with_another_days_id_replaces_nothing_of_that_day(tmp_path, command):
    """A config copied for a new day, its id left as it was, names another recording: run and
    every stage alone refuse in one line naming the field, and the day another config made is as
    it was."""
    from fakes import make_day

    _, paths = make_day(tmp_path / "configs", tmp_path / "out")
    before = _day_files(paths.root)
    (tmp_path / "new").mkdir()
    write_tone(tmp_path / "new" / "lain.wav", seconds=3.0, amplitude=0.2)
    copied = write_config(tmp_path / "new", "day-11.yaml", id="test-day", source="lain.wav")
    line = _error_line(invoke("--outputs", tmp_path / "out", command, copied))
    assert line.startswith(f"Error: {copied}: field 'id' is 'test-day', the id of the day in {paths.root}, made from ")
    assert "give this day an id of its own" in line
    assert _day_files(paths.root) == before


@pytest.mark.parametrize("command", ["validate", "run", "download"])
def test_a_copied_config_whose_source_is_misspelt_names_the_missing_file_not_the_id(tmp_path, command):
    """The day's recording not found had been read as another recording, and the error blamed
    the id ("the id of the day in outputs/day-11, made from ... of another recording")."""
    from fakes import make_day

    make_day(tmp_path / "configs", tmp_path / "out")
    (tmp_path / "new").mkdir()
    write_tone(tmp_path / "new" / "my-recording.wav", seconds=3.0, amplitude=0.2)
    copied = write_config(tmp_path / "new", "day-11.yaml", id="test-day", source="my-recordng.wav")
    line = _error_line(invoke("--outputs", tmp_path / "out", command, copied))
    assert f"{copied}: field 'source': no such file" in line and "did you mean 'my-recording.wav'?" in line, line
    assert "field 'id'" not in line, line


@pytest.mark.parametrize("field", ["source", "report", "truth"])
def test_a_path_of_a_near_name_is_offered(tmp_path, field):
    write_tone(tmp_path / "talk.wav")
    shutil.copy(REPORT, tmp_path / "laporan-hari-10.txt")
    shutil.copy(REPO / "configs" / "demo" / "truth.json", tmp_path / "kebenaran.json")
    written = {"source": "talk.wv", "report": "Laporan-hari-10.txt", "truth": "kebenaran.jsn"}
    near = {"source": "talk.wav", "report": "laporan-hari-10.txt", "truth": "kebenaran.json"}
    fields = {"report": "laporan-hari-10.txt"} | {field: written[field]}
    line = _error_line(invoke("validate", write_config(tmp_path, **fields)))
    assert f"field '{field}': no such file" in line and f"did you mean '{near[field]}'?" in line, line


def test_no_near_name_is_offered_for_a_name_unlike_any(tmp_path):
    write_tone(tmp_path / "talk.wav")
    line = _error_line(invoke("validate", write_config(tmp_path, report="notulen.txt")))
    assert "field 'report': no such file" in line and "did you mean" not in line, line


def test_the_same_recording_under_a_renamed_config_is_the_same_day(tmp_path):
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    renamed = config.with_name("hari-1.yaml")
    shutil.copy(config, renamed)
    result = invoke("--outputs", tmp_path / "out", "run", renamed)
    assert result.exit_code == 0, result.output
    assert json.loads(paths.summary.read_text())["day"]["config_file"] == "hari-1.yaml"


def _vectors_edited(**arrays):
    """A day's utterance-vectors.npz with `arrays` (functions of the saved ones) in place of its own."""

    def edit(target: Path) -> None:
        with np.load(target) as saved:
            kept = dict(saved)
        np.savez(target, **(kept | {name: make(kept) for name, make in arrays.items()}))

    return edit


def _vectors_of_other_utterances(target: Path) -> None:
    with np.load(target) as saved:
        kept = dict(saved)
    made_from = json.loads(str(kept["made_from"])) | {"utterances_sha256": "0" * 64}
    np.savez(target, vectors=kept["vectors"], made_from=np.array(json.dumps(made_from)))


# A day's vectors file that is not the vectors of its utterances: each is a day searched by words
# alone, said in the one warning about days without vectors, and made again by `tables --meaning`.
VECTORS_DAMAGE = [
    ("not-a-zip", lambda t: t.write_bytes(b"not an array"), "damaged: not a readable npz file: File is not a zip"),
    ("cut-short", lambda t: t.write_bytes(t.read_bytes()[:-100]), "damaged: not a readable npz file"),
    ("a-bare-array", lambda t: np.save(t.open("wb"), np.zeros((2, 384), np.float16)), "not a readable npz file"),
    ("no-vectors", _vectors_edited(vectors=lambda a: None), "'vectors' holds Python objects (a pickle)"),
    ("wrong-shape", _vectors_edited(vectors=lambda a: a["vectors"][:, :100]), "not 2 rows of 384 float16"),
    ("one-row-short", _vectors_edited(vectors=lambda a: a["vectors"][:1]), "of shape (1, 384), not 2 rows"),
    ("float32", _vectors_edited(vectors=lambda a: a["vectors"].astype(np.float32)), "damaged: 'vectors' holds 3,072"),
    ("float64-narrow", _vectors_edited(vectors=lambda a: a["vectors"][:, :96].astype(np.float64)), "of float64"),
    ("not-finite", _vectors_edited(vectors=lambda a: a["vectors"] * np.float16(np.inf)), "not finite"),
    ("made-from-text", _vectors_edited(made_from=lambda a: np.array("[1, 2]")), "'made_from' is no record"),
    ("made-from-number", _vectors_edited(made_from=lambda a: np.float64(3)), "'made_from' is an array of float64"),
    ("other-arrays", _vectors_edited(extra=lambda a: np.zeros(1)), "holds extra.npy, made_from.npy, vectors.npy"),
    ("other-utterances", _vectors_of_other_utterances, "made from other utterances than the tables now hold"),
    ("a-folder", lambda t: (t.unlink(), t.mkdir()), "damaged: not a regular file"),
]


@pytest.mark.parametrize("damage, expected", [d[1:] for d in VECTORS_DAMAGE], ids=[d[0] for d in VECTORS_DAMAGE])
def test_a_day_whose_vectors_are_not_its_utterances_is_searched_by_words_with_one_warning(tmp_path, damage, expected):
    """utterance-vectors.npz cut, edited, of another tool or of other utterances: search finds the
    day's words as before, the others' meaning too, and says in one line which day has no vectors
    and why (never a traceback); `tables --meaning` makes it again (a folder in its place is left)."""
    import pyarrow
    import pyarrow.parquet

    from pipeline.search import load_segments
    from pipeline.text.language import fold
    from pipeline.text.vectors import make_day_vectors

    outputs = tmp_path / "out"
    texts = ["Mahasiswa yang membayar kuliah sendiri juga banyak.", "Terima kasih, Bapak Ibu sekalian."]
    texts += ["Sebagian mahasiswa pertukaran, sebagian kuliah dengan biaya sendiri."]
    outputs.mkdir()
    columns = {"day": ["d1", "d1", "d2"], "utterance": [0, 1, 0], "start_s": [0.0, 1.0, 0.0]}
    columns |= {"speaker": ["SPEAKER_00"] * 3, "speaker_name": ["A"] * 3, "text": texts}
    columns |= {"text_folded": list(map(fold, texts))}
    pyarrow.parquet.write_table(pyarrow.table(columns), outputs / "segments.parquet")
    for day in ("d1", "d2"):
        (outputs / day).mkdir()
    list(make_day_vectors(outputs, load_segments(outputs / "segments.parquet", None)))
    damage(outputs / "d1" / "utterance-vectors.npz")
    result = invoke("--outputs", outputs, "search", "membayar kuliah sendiri", "--json")
    assert result.exit_code == 0, result.output
    assert [(hit["day"], hit["found_by"]) for hit in json.loads(result.stdout)] == [("d1", "words"), ("d2", "meaning")]
    [warning] = result.stderr.splitlines()
    assert warning.startswith("Warning: search: 1 of 2 day(s) searched have no vectors of their utterances (d1: ")
    assert expected in warning and warning.endswith("`lokakarya tables --meaning` makes them"), warning
    made = list(make_day_vectors(outputs, load_segments(outputs / "segments.parquet", None)))
    if (outputs / "d1" / "utterance-vectors.npz").is_dir():
        assert "is a folder, where its vectors go; move it away" in made[0]
    else:
        assert "2 utterances read in" in made[0] and "replacing vectors" in made[0], made
        assert "vectors" not in invoke("--outputs", outputs, "search", "membayar kuliah sendiri").stderr


def test_a_stage_alone_refuses_scores_made_from_another_ground_truth(tmp_path):
    """scores.json was the one record a stage run alone did not hold to its inputs: with the ground
    truth corrected since `evaluate` (or another day's scores.json copied in), `summary` and
    `page` alone vouched for the old scores, and the archive tables showed them as the day's.
    Now they name it and the stage to run, as for every other earlier record."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    turn = {"speaker": "H.E. Chalief Akbar", "start": 0.0, "end": 1.9, "text": "Selamat pagi, diplomasi digital."}
    truth = config.parent / "truth.json"
    truth.write_text(json.dumps({"turns": [turn]}))
    config.write_text(yaml.safe_dump({**yaml.safe_load(config.read_text()), "truth": truth.name}, allow_unicode=True))
    out = tmp_path / "out"
    for command in ("evaluate", "summary"):
        assert invoke("--outputs", out, command, config).exit_code == 0
    truth.write_text(json.dumps({"turns": [{**turn, "text": "Selamat siang."}]}))
    summary = paths.summary.read_bytes()
    for command in ("summary", "page"):
        result = invoke("--outputs", out, command, config)
        assert result.exit_code == 1 and result.output == (
            f"Error: {paths.scores}: out of date (its inputs, its config fields or lokakarya changed since it was "
            "made); run the 'evaluate' stage first, or `lokakarya run`\n"
        ), result.output
    assert paths.summary.read_bytes() == summary


def _day_scored(tmp_path: Path):
    """A fake day with a ground truth, its scores.json made: the config, its paths and outputs."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    turn = {"speaker": "H.E. Chalief Akbar", "start": 0.0, "end": 1.9, "text": "Selamat pagi, diplomasi digital."}
    (config.parent / "truth.json").write_text(json.dumps({"turns": [turn]}))
    config.write_text(yaml.safe_dump({**yaml.safe_load(config.read_text()), "truth": "truth.json"}, allow_unicode=True))
    out = tmp_path / "out"
    assert invoke("--outputs", out, "evaluate", config).exit_code == 0
    return config, paths, out


def test_scores_edited_by_hand_are_named_and_scored_again(tmp_path):
    """A WER edited by hand in scores.json (its inputs as they were) had stood in the summary's
    record and the tables as measured: stage commands now name the field with both values, and
    `run` scores the day again."""
    config, paths, out = _day_scored(tmp_path)
    measured = json.loads(paths.scores.read_text())["scores"]["wer"]
    _edit(paths.scores, lambda d: d["scores"].update(wer=0.01))
    line = _error_line(invoke("--outputs", out, "summary", config))
    assert line.startswith(f"Error: {paths.scores}: damaged, not an evaluate artifact (scores.wer is 0.01 where its ")
    assert f"inputs give {measured!r} (edited by hand?)" in line, line
    result = invoke("--outputs", out, "run", config)
    assert result.exit_code == 0 and "scores.wer is 0.01" in result.output, result.output
    assert json.loads(paths.scores.read_text())["scores"]["wer"] == measured


def test_a_record_other_code_made_otherwise_is_out_of_date_not_edited_by_hand(tmp_path):
    """A record whose bytes the journal shows another lokakarya's code writing, which this code makes
    otherwise from the same inputs (a checkout between releases: this round's number reading moved
    a day's CER), had been called damaged and "edited by hand?"; it is out of date, and made again."""
    config, paths, out = _day_scored(tmp_path)
    made, measured = hashlib.sha256(paths.scores.read_bytes()).hexdigest(), json.loads(paths.scores.read_text())
    _edit(paths.scores, lambda d: d["scores"].update(wer=0.01))  # as the other code scored it
    other = hashlib.sha256(paths.scores.read_bytes()).hexdigest()
    entries = [json.loads(line) for line in paths.journal.read_text().splitlines()]
    for entry in entries:
        if entry.get("record_sha256") == made:
            entry.update(record_sha256=other, lokakarya_source="0" * 64)
    paths.journal.write_text("".join(json.dumps(entry) + "\n" for entry in entries))
    from pipeline import runner
    from pipeline.stages import STAGES

    [evaluate] = [stage for stage in STAGES if stage.name == "evaluate"]
    assert runner.staleness(evaluate, load_config(config), paths) == (
        "out of date",
        f"{paths.scores}: out of date (other lokakarya code made it otherwise: scores.wer is 0.01 where its "
        f"inputs give {measured['scores']['wer']!r})",
    )
    result = invoke("--outputs", out, "run", config)
    assert result.exit_code == 0 and "Warning" not in result.output and "evaluate: done" in result.output, result.output
    assert json.loads(paths.scores.read_text())["scores"] == measured["scores"]


def test_scores_of_another_lokakarya_are_checked_without_repeating_the_evaluate_warnings(tmp_path, monkeypatch):
    """scores.json that other code wrote is scored anew to find a hand edit; that scoring repeated
    evaluate's warning on a ground truth naming a speaker the config does not ('truth speaker(s)
    ... are none of the config's speakers') in a run that made nothing, and in every stage command
    after it, though no scoring was done.  The check says nothing; evaluate warns when it runs."""
    from fakes import make_day
    from pipeline import runner

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    turn = {"speaker": "Tamu Tak Dikenal", "start": 0.0, "end": 1.9, "text": "Selamat pagi, diplomasi digital."}
    (config.parent / "truth.json").write_text(json.dumps({"turns": [turn]}))
    config.write_text(yaml.safe_dump({**yaml.safe_load(config.read_text()), "truth": "truth.json"}, allow_unicode=True))
    out = tmp_path / "out"
    made = invoke("--outputs", out, "run", config)
    assert made.exit_code == 0 and "'Tamu Tak Dikenal' are none of the config's speakers" in made.output, made.output
    paths.journal.write_text(paths.journal.read_text().replace(runner.source_sha256(), "0" * 64))
    monkeypatch.setattr(runner, "_VALID", set())
    result = invoke("--outputs", out, "run", config)
    assert result.exit_code == 0 and "Warning" not in result.output and "done -> " not in result.output, result.output


def test_a_summary_of_a_newer_minor_schema_is_not_taken_for_a_hand_edit(tmp_path):
    """A summary.json a later lokakarya wrote in a newer minor or patch of the schema stays (run
    keeps such a record); the check that makes the summary anew from its records had called its
    schema_version, which no record gives, edited by hand, so page refused the day and run made
    the summary again."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    major, minor, _ = json.loads(paths.summary.read_text())["schema_version"].split(".")
    _edit(paths.summary, lambda d: d.update(schema_version=f"{major}.{int(minor) + 1}.0"))
    summary = paths.summary.read_bytes()
    later = {"stage": "summary", "lokakarya_source": "f" * 64, "record_sha256": hashlib.sha256(summary).hexdigest()}
    with paths.journal.open("a") as journal:  # as the later lokakarya's run journals the record it left
        journal.write(json.dumps(later) + "\n")
    out = tmp_path / "out"
    result = invoke("--outputs", out, "run", config)
    assert result.exit_code == 0 and "Warning" not in result.output, result.output
    assert "summary: done -> " not in result.output and paths.summary.read_bytes() == summary, result.output
    result = invoke("--outputs", out, "page", config)
    assert result.exit_code == 0, result.output


def test_a_record_replaced_by_a_file_larger_than_any_record_is_refused_unread(tmp_path):
    """A 3 GB file in a record's place (speakers.json, summary.json) had been read whole and parsed
    (6 GB of memory; with less, an internal MemoryError that `run` could not get past).  Over
    256 MB it is named as damaged without being read, and `run` makes the record again."""
    import os
    import time

    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    os.truncate(paths.summary, 0)
    os.truncate(paths.summary, 300 << 20)  # sparse: no disk, and nothing read if it is refused
    out = tmp_path / "out"
    started = time.monotonic()
    result = invoke("--outputs", out, "page", config)
    assert result.exit_code == 1 and result.output == (
        f"Error: {paths.summary}: damaged, not a summary artifact (314,572,800 bytes, more than any record "
        "lokakarya writes (256 MB)); run the 'summary' stage first, or `lokakarya run`\n"
    ), result.output
    # a hang guard; "unread" is the message's size (a read would have parsed it and named the content)
    assert time.monotonic() - started < 30
    result = invoke("--outputs", out, "run", config)
    assert result.exit_code == 0 and "Warning: " in result.output, result.output
    assert paths.summary.stat().st_size < 1 << 20


def _ends_within(seconds: float, *args, call=invoke):
    """call(*args) (the CLI's invoke) run where a hang fails the test instead of holding the suite
    for ever; what it returned, or the exception it raised."""
    import threading

    done = []

    def calling():
        try:
            done.append(call(*args))
        except Exception as exc:
            done.append(exc)

    thread = threading.Thread(target=calling, daemon=True)
    thread.start()
    thread.join(seconds)
    assert done, f"{args} still ran after {seconds} s"
    return done[0]


@pytest.mark.parametrize("record", ["status.json", "summary.json", "topics.json", "source.json", "page.json"])
def test_a_fifo_in_a_records_place_is_read_by_no_command(tmp_path, record):
    """`mkfifo` (or a restore that kept one) where a day's record goes: `tables`, and with it the end
    of every run and batch, had waited for ever on the first record it hashed or read, `page` on a
    FIFO summary.json; a FIFO is now no regular file to every reader (files.open_regular), named where
    a missing record would be."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    (paths.root / record).unlink()
    os.mkfifo(paths.root / record)
    tables = _ends_within(60, "--outputs", tmp_path / "out", "tables")
    if record in ("topics.json", "source.json"):
        assert tables.exit_code == 1, tables.output
        named = "is a FIFO, not a regular record; move it away"  # as `run` names it: not "run the day again"
        assert f"{paths.root.name}/{record}: {named}" in tables.output, tables.output
    page = _ends_within(60, "--outputs", tmp_path / "out", "page", config)
    assert page.exit_code in (0, 1) and "internal error" not in page.output, page.output


def test_a_side_table_search_cannot_read_is_one_warning_each(tmp_path):
    """speakers.parquet cut short (or any table search reads beside the segments): the lines had come
    without the mark of a name the order alone gave, and without a word; each unreadable table is now
    one warning naming it, the search otherwise as before.  A table not there (an older archive's) is
    gone without, as before."""
    import pyarrow
    import pyarrow.parquet

    from pipeline.text.language import fold

    outputs = tmp_path / "out"
    outputs.mkdir()
    texts = ["Mahasiswa yang membayar kuliah sendiri juga banyak.", "Terima kasih, Bapak Ibu sekalian."]
    columns = {"day": ["d1", "d1"], "utterance": [0, 1], "start_s": [0.0, 1.0], "speaker": ["SPEAKER_00"] * 2}
    columns |= {"speaker_name": ["A"] * 2, "text": texts, "text_folded": list(map(fold, texts))}
    pyarrow.parquet.write_table(pyarrow.table(columns), outputs / "segments.parquet")
    (outputs / "d1").mkdir()
    pyarrow.parquet.write_table(pyarrow.table({"entity": ["Kuliah"], "label": ["ORG"]}), outputs / "entities.parquet")
    (outputs / "entities.parquet").write_bytes((outputs / "entities.parquet").read_bytes()[:-20])
    (outputs / "speakers.parquet").write_bytes(b"<html>not a table</html>")
    result = invoke("--outputs", outputs, "search", "membayar kuliah", "--words-only", "--json")
    assert result.exit_code == 0, result.output
    assert [hit["day"] for hit in json.loads(result.stdout)] == ["d1"]
    warnings = sorted(result.stderr.splitlines())
    assert len(warnings) == 2, warnings
    for warning, table in zip(warnings, ("entities", "speakers"), strict=True):
        assert warning.startswith(f"Warning: search: {outputs / table}.parquet cannot be read ("), warning
        assert warning.endswith("); searched without it; `lokakarya tables` makes it again"), warning


def test_the_benchs_out_folder_and_earlier_report_are_one_line(tmp_path):
    """`python -m pipeline.bench --out report.txt/bench` had been a NotADirectoryError traceback, and
    --keep-measured over a report.json cut short (a run killed as it saved) or not an object json's
    traceback; each is one line naming the file, before anything is measured, the file left as it was."""
    from pipeline.bench.days import main as bench

    (tmp_path / "report.txt").write_text("kept")
    result = CliRunner().invoke(bench, ["--out", str(tmp_path / "report.txt" / "bench"), "--only", "voices"])
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    assert f"--out '{tmp_path / 'report.txt' / 'bench'}': cannot be made a folder (Not a directory)" in result.output
    saved = tmp_path / "bench" / "report.json"
    saved.parent.mkdir()
    for text, why in (('{"days": {"wall_s": 1', "Expecting"), ("[1, 2]", "a JSON list, not an object")):
        saved.write_text(text)
        result = CliRunner().invoke(bench, ["--out", str(saved.parent), "--keep-measured", "--only", "voices"])
        assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
        assert f"--keep-measured: {saved}: no report of an earlier run (" in result.output and why in result.output
        assert saved.read_text() == text and [p.name for p in saved.parent.iterdir()] == ["report.json"]


def test_an_audit_set_that_is_no_file_is_one_line(tmp_path):
    """`python -m pipeline.bench.audits names --set` a FIFO had waited for ever, /dev/zero read until
    memory ran out (a MemoryError traceback under a limit); a folder said `[Errno 21] Is a directory`."""
    from pipeline.bench.audits import load_set

    os.mkfifo(tmp_path / "set.json")
    (tmp_path / "folder.json").mkdir()
    for path, what in ((tmp_path / "set.json", "is a FIFO"), (tmp_path / "folder.json", "is a folder")):
        refused = _ends_within(30, path, "names", call=load_set)
        assert str(refused) == f"{path}: not a names audit set: {what}, not a regular record", refused


def test_what_stands_in_a_files_place_is_named_not_taken_for_no_file(tmp_path):
    """files.regular_file_there, which every reader of a day's records asks before it reads: no file
    is False, a regular one (or a link to one) True, and a FIFO, a folder or a link astray one line
    naming it, where Path.is_file() had said no file and the reader went on as if none were there."""
    from pipeline.records.files import PipelineError, regular_file_there

    (tmp_path / "file.json").write_text("{}")
    (tmp_path / "link.json").symlink_to("file.json")
    os.mkfifo(tmp_path / "fifo.json")
    (tmp_path / "folder.json").mkdir()
    (tmp_path / "loop.json").symlink_to("loop.json")
    (tmp_path / "gone.json").symlink_to("not-there.json")
    assert not regular_file_there(tmp_path / "none.json") and not regular_file_there(tmp_path / "none" / "x.json")
    assert regular_file_there(tmp_path / "file.json") and regular_file_there(tmp_path / "link.json")
    for name, what in [
        ("fifo.json", "is a FIFO"),
        ("folder.json", "is a folder"),
        ("loop.json", "is a loop of links"),
        ("gone.json", "is a link that leads nowhere"),
    ]:
        with pytest.raises(PipelineError) as refused:
            regular_file_there(tmp_path / name, "record")
        remedy = "mend or remove the link" if "link" in what else "move it away"
        assert str(refused.value) == f"{tmp_path / name}: {what}, not a regular record; {remedy}"


@pytest.mark.parametrize("record", ["status.json", "page.json", "summary.json"])
def test_a_fifo_where_a_days_record_goes_is_named_by_the_tables_search_and_a_stage(tmp_path, record):
    """A FIFO status.json or page.json had been read as no record: `tables` left the day out without
    a word (exit status 0; or listed it with no page), search said nothing of it, and a stage run
    alone wrote its status.json over the FIFO.  Each now names the file and stops (the tables: the
    day listed unreadable, exit status 1; search: the day not as the tables hold it), and the FIFO
    is left where it was."""
    import stat

    from fakes import make_day

    outputs = tmp_path / "out"
    config, paths = make_day(tmp_path / "configs", outputs)
    invoke("--outputs", outputs, "tables")  # the tables as they were, with the day in them
    (paths.root / record).unlink()
    os.mkfifo(paths.root / record)
    named = f"{paths.root.name}/{record}: is a FIFO, not a regular record; move it away"
    if record != "page.json":  # search reads the records that say what the tables took in
        search = _ends_within(60, "--outputs", outputs, "search", "x")
        changed = f"search: {paths.root.name}: not in the tables as the folder now holds it"
        assert changed in search.stderr and "internal error" not in search.output, search.output
    tables = _ends_within(60, "--outputs", outputs, "tables")
    assert tables.exit_code == 1, tables.output
    assert f"Warning: {paths.root.name}: left out of the archive tables: {named}" in tables.output.splitlines()
    assert f"Error: tables: 1 day(s) left out, unreadable (named above): {paths.root.name}" in tables.output
    search = _ends_within(60, "--outputs", outputs, "search", "x")
    assert f"{paths.root.name} (unreadable: {named})" in search.stderr, search.stderr
    assert "not in the tables as the folder now holds it" not in search.stderr, search.stderr  # said once, above
    stage = _ends_within(60, "--outputs", outputs, "page", config)
    assert stage.exit_code == 1 and "internal error" not in stage.output, stage.output
    assert f"Error: {paths.root / record}: " in stage.output and "not a regular" in stage.output, stage.output
    assert stat.S_ISFIFO((paths.root / record).lstat().st_mode)


@pytest.mark.parametrize("command", [("tables",), ("search", "x")])
def test_a_link_astray_named_like_a_day_folder_is_named_by_every_command_that_walks_the_outputs(tmp_path, command):
    """A link round in a loop, or to a folder not there (a day kept on a drive not mounted), in the
    outputs folder among the days: `tables` (and the archive page, and search after it) had passed
    it over without a word, as no day's folder.  It is a day left out, unreadable, named with what
    the link is, as a folder that cannot be looked into is.  One in a table's place is search's to
    name, as a table it cannot read (it had gone without a word, as a table an older archive lacks)."""
    from fakes import make_day

    outputs = tmp_path / "out"
    make_day(tmp_path / "configs", outputs)
    (outputs / "day-loop").symlink_to("day-loop")
    (outputs / "day-gone").symlink_to(tmp_path / "not-mounted" / "day-gone")
    if command[0] == "search":
        invoke("--outputs", outputs, "tables")
        (outputs / "speakers.parquet").unlink()
        (outputs / "speakers.parquet").symlink_to(tmp_path / "not-mounted" / "speakers.parquet")
    result = _ends_within(60, "--outputs", outputs, *command)
    assert "internal error" not in result.output, result.output
    if command[0] == "tables":
        assert result.exit_code == 1, result.output
        for day, what in (("day-gone", "a link that leads nowhere"), ("day-loop", "a loop of links")):
            line = f"Warning: {day}: left out of the archive tables: {day}: is {what}, not a day folder; "
            line += "mend or remove the link"
            assert line in result.output.splitlines(), result.output
        assert "unreadable (named above): day-gone, day-loop" in result.output
        assert "day-loop" in (outputs / "index.html").read_text()
    else:
        assert "day-gone (unreadable); day-loop (unreadable): left out of the archive tables" in result.stderr
        unread = f"search: {outputs / 'speakers.parquet'} cannot be read (a link that leads nowhere); searched"
        assert unread in result.stderr and "speakers.parquet (unreadable)" not in result.stderr, result.stderr
    assert os.readlink(outputs / "day-loop") == "day-loop"


@pytest.mark.parametrize(
    "archive, advice",
    [
        ("days", "missing; `lokakarya tables` makes it from the day folders"),
        ("none", "missing; run a day first (`lokakarya run CONFIG`)"),
        ("damaged", "; `lokakarya tables` makes it again from the day folders"),
    ],
)
def test_search_without_its_table_names_the_command_that_makes_it(tmp_path, archive, advice):
    """segments.parquet missing or damaged beside day folders: search had said to run `lokakarya run`
    or `lokakarya batch` (hours on long days) where `lokakarya tables` makes it in seconds; with no
    day there, a run is what makes one."""
    from fakes import make_day

    outputs = tmp_path / "out"
    outputs.mkdir()
    if archive != "none":
        make_day(tmp_path / "configs", outputs)
    if archive == "damaged":
        (outputs / "segments.parquet").write_bytes(b"PAR1 cut short")
    line = _error_line(invoke("--outputs", outputs, "search", "x"))
    assert line.startswith(f"Error: {outputs / 'segments.parquet'}: ") and line.endswith(advice), line


@pytest.mark.parametrize("command", ["validate", "run", "batch"])
def test_a_config_or_a_file_it_names_that_is_a_link_astray_is_named_so(tmp_path, command):
    """A config that is a link leading nowhere had been 'config file not found' (a file `ls` shows),
    one round in a loop 'cannot read the config: Too many levels of symbolic links'; a report in a
    loop 'cannot be followed: Symlink loop from ...' (Python's RuntimeError).  Each is named in the
    words the outputs folder's links astray are (files.link_astray), with what to do."""
    (tmp_path / "gone.yaml").symlink_to("moved.yaml")
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    outputs = ("--outputs", tmp_path / "out")
    for config, what in (("gone.yaml", "a link that leads nowhere ('moved.yaml')"), ("loop.yaml", "a loop of links")):
        result = invoke(*outputs, command, tmp_path / config)
        assert result.exit_code == 1, result.output
        said = f"{tmp_path / config}: the config is {what}"
        assert said in result.output and "mend or remove the link" in result.output, result.output
    (tmp_path / "report.txt").symlink_to("report.txt")
    if command == "validate":
        line = _error_line(invoke("validate", write_config(tmp_path, report="report.txt")))
        assert line.endswith("field 'report': report.txt cannot be followed: a loop of links; mend or remove the link")


@pytest.mark.parametrize("stands", ["fifo", "folder", "gone"])
def test_a_day_folder_whose_status_is_no_regular_file_is_still_no_outputs_folder(tmp_path, stands):
    """`--outputs DAY` with a FIFO, a folder or a link astray as the day's status.json: it is a day's
    folder all the same, refused as the folder that holds the days, as a day with a summary.json
    always was; it had been let through, and `tables` wrote the archive's tables into the day's
    folder and an empty archive page over its index.html."""
    from fakes import make_day

    _, paths = make_day(tmp_path / "configs", tmp_path / "out")
    page = paths.page.read_bytes()
    paths.status.unlink()
    {"fifo": os.mkfifo, "folder": os.mkdir, "gone": lambda path: path.symlink_to("moved.json")}[stands](paths.status)
    result = _ends_within(60, "--outputs", paths.root, "tables")
    assert result.exit_code == 2, result.output
    assert "is a day's folder (it holds status.json), not the folder that holds the days" in result.output
    assert paths.page.read_bytes() == page and not (paths.root / "index.parquet").exists()


@pytest.mark.parametrize("stands", ["fifo", "folder"])
def test_a_copy_inside_the_outputs_whose_status_is_no_regular_file_is_warned_of_not_a_failure(tmp_path, stands):
    """A copy of an archive inside the outputs folder (outputs/backup/) whose day holds a FIFO or a
    folder as its status.json: `tables` and `run` of a healthy day warn of the copy, as of any copy,
    and go on; they had stopped with the FIFO's error, exit status 1 and no tables."""
    from fakes import make_day

    outputs = tmp_path / "out"
    config, paths = make_day(tmp_path / "configs", outputs)
    copy = outputs / "backup" / "demo-9"
    shutil.copytree(paths.root, copy, symlinks=True)
    (copy / "status.json").unlink()
    {"fifo": os.mkfifo, "folder": os.mkdir}[stands](copy / "status.json")
    for command in (("tables",), ("run", config)):
        result = _ends_within(120, "--outputs", outputs, *command)
        assert result.exit_code == 0, result.output
        assert f"{outputs / 'backup'}: another outputs folder inside this one" in result.output, result.output
    assert (outputs / "index.parquet").is_file()


@pytest.mark.parametrize(
    "error, there",
    [(errno.ENOENT, False), (errno.ENOTDIR, False), (errno.ELOOP, False), (errno.EACCES, None), (errno.EIO, None)],
)
def test_a_file_that_cannot_be_looked_at_is_no_file_not_there(monkeypatch, tmp_path, error, there):
    """regular_file_there: nothing there (or a path through a file, or a loop above) is no file, as
    Path.is_file() has it; a folder the user cannot look into (EACCES: lstat fails too, so no link
    is seen) or a failing disk is an error the caller names, not "no file" (a stage had written its
    record anew, the tables left the day out).  The errors are made up: the tests run as root."""
    from pipeline.records.files import regular_file_there

    def refused(path, *args, **kwargs):
        raise OSError(error, os.strerror(error), str(path))

    monkeypatch.setattr(os, "stat", refused)
    monkeypatch.setattr(os, "lstat", refused)
    if there is not None:
        assert regular_file_there(tmp_path / "status.json") is there
    else:
        with pytest.raises(OSError) as raised:
            regular_file_there(tmp_path / "status.json")
        assert raised.value.errno == error


def test_stray_links_and_files_beside_the_days_named_as_no_day_is_leave_the_archive_healthy(tmp_path):
    """Links astray and files beside the day folders whose names no day's id may have (a stale
    notes.txt or backup.zip link, a 'nan'): `tables` makes the archive, exit status 0, as it
    always did; only a link astray named as a day may be is a day left out (DayConfig's own id
    check, artifacts.day_id_refused, says which)."""
    from fakes import make_day

    outputs = tmp_path / "out"
    make_day(tmp_path / "configs", outputs)
    (outputs / "notes.txt").symlink_to(tmp_path / "not-mounted" / "notes.txt")
    (outputs / "backup.zip").symlink_to("backup.zip")
    (outputs / "nan").symlink_to(tmp_path / "not-mounted" / "nan")
    (outputs / "README.md").write_text("the workshop's archive\n")
    result = _ends_within(60, "--outputs", outputs, "tables")
    assert result.exit_code == 0 and "left out" not in result.output, result.output


@pytest.mark.parametrize("name", ["index.html", "transcript.txt"])
def test_a_fifo_where_a_stage_alone_writes_a_file_stops_it_as_it_stops_run(tmp_path, name):
    """A FIFO in place of a file a stage writes beside its record (the page's index.html, the
    transcript's text): `run` stopped, naming it, while the stage alone (`page`) put its file in
    the FIFO's place without a word, exit status 0.  Both stop now, as the tables do."""
    from fakes import make_day

    outputs = tmp_path / "out"
    config, paths = make_day(tmp_path / "configs", outputs)
    (paths.root / name).unlink()
    os.mkfifo(paths.root / name)
    named = f"{paths.root / name}: is a FIFO, not a regular file; move it away"
    tables = _ends_within(60, "--outputs", outputs, "tables")  # so its link on the archive page is none
    day = paths.root.name
    assert f"Warning: {day}: left out of the archive tables: {day}/{name}: is a FIFO" in tables.output, tables.output
    stage = "page" if name == "index.html" else "summary"
    for command in (stage, "run"):
        result = _ends_within(120, "--outputs", outputs, command, config)
        assert result.exit_code == 1 and result.output.splitlines()[-1] == f"Error: {named}", result.output
    assert os.path.exists(paths.root / name) and not os.path.isfile(paths.root / name)


@pytest.mark.parametrize("stands", ["folder", "gone", "fifo"])
def test_status_json_no_regular_file_is_taken_alike_by_run_and_a_stage_alone(tmp_path, stands):
    """What stands where status.json goes is taken alike by `run` and a stage run alone (`page`): an
    empty folder or a link astray is no status, taken away by the status written next, never
    written through, as before; a FIFO is named and stops either.  `page` had refused the folder
    `run` wrote anew, and `run` stopped at the link `page` replaced."""
    from fakes import make_day

    config, paths = make_day(tmp_path / "configs", tmp_path / "out")
    make = {"fifo": os.mkfifo, "folder": os.mkdir, "gone": lambda path: path.symlink_to("moved.json")}[stands]
    for command in ("page", "run"):
        if paths.status.is_dir() and not paths.status.is_symlink():
            paths.status.rmdir()
        elif os.path.lexists(paths.status):
            paths.status.unlink()
        make(paths.status)
        result = _ends_within(120, "--outputs", tmp_path / "out", command, config)
        if stands == "fifo":
            named = f"Error: {paths.status}: is a FIFO, not a regular record; move it away"
            assert result.exit_code == 1 and result.output.splitlines()[-1] == named, result.output
            assert stat.S_ISFIFO(paths.status.lstat().st_mode)
        else:
            assert result.exit_code == 0, result.output
            assert not paths.status.is_symlink() and not paths.status.is_dir()
    if stands != "fifo":
        assert json.loads(paths.status.read_text())["status"] == "ok"  # run's own


def test_a_fifo_where_a_summarys_input_goes_gets_one_advice_from_tables_and_run(tmp_path):
    """A FIFO where a record the summary was made of goes (source.json): `tables` had said "not a
    regular file ... run the day again", and `run` then "move it away": both say the latter now."""
    from fakes import make_day

    outputs = tmp_path / "out"
    config, paths = make_day(tmp_path / "configs", outputs)
    paths.source.unlink()
    os.mkfifo(paths.source)
    named = f"{paths.source}: is a FIFO, not a regular record; move it away"
    tables = _ends_within(60, "--outputs", outputs, "tables")
    day = paths.root.name
    said = f"Warning: {day}: left out of the archive tables: {named.replace(str(outputs) + '/', '')}"
    assert tables.exit_code == 1 and said in tables.output.splitlines(), tables.output
    run = _ends_within(120, "--outputs", outputs, "run", config)
    assert run.exit_code == 1 and run.output.splitlines()[-1] == f"Error: {named}", run.output


@pytest.mark.parametrize("stands", ["folder", "link"])
def test_a_folder_or_a_link_where_a_summarys_input_goes_is_named_as_run_takes_it(tmp_path, stands):
    """A folder or a link (here to a copy of the same bytes) where a record the summary was made
    of goes (source.json): `run` calls either a change and makes the record again, as the
    tables' reason says now, naming which it is.  The tables had called both "not a regular
    file", and tabled the day through the link; `run` had stopped at the folder (download's
    reuse: "is a folder ... move it away") and kept the link, called a change again by every run."""
    from fakes import make_day

    outputs = tmp_path / "out"
    config, paths = make_day(tmp_path / "configs", outputs)
    kept = tmp_path / "source-copy.json"
    paths.source.rename(kept)
    paths.source.mkdir() if stands == "folder" else paths.source.symlink_to(kept)
    tables = _ends_within(60, "--outputs", outputs, "tables")
    day = paths.root.name
    said = f"Warning: {day}: left out of the archive tables: {day}/source.json: a {stands}, though the day's summary "
    assert tables.exit_code == 1 and said + "was made from it; run the day again" in tables.output, tables.output
    run = _ends_within(120, "--outputs", outputs, "run", config)
    assert run.exit_code == 0 and f"{paths.source}: a {stands}, not the file the download stage wrote" in run.output, (
        run.output
    )
    assert stat.S_ISREG(paths.source.lstat().st_mode)  # made anew, not reused through the link (download's reuse)
    assert "left out" not in run.output and _ends_within(60, "--outputs", outputs, "run", config).exit_code == 0


@pytest.mark.parametrize("stands", ["fifo", "link astray"])
def test_an_input_that_is_no_regular_file_is_named_not_taken_for_no_file(tmp_path, stands):
    """artifacts.input_stands, whether a stage's input is as it recorded: a FIFO or a link astray
    there had been read as no file (Path.is_file()), an input changed, where every other reader
    of a day's records names it (regular_file_there)."""
    from pipeline.artifacts import input_stands
    from pipeline.records.files import PipelineError

    path = tmp_path / "transcript.json"
    os.mkfifo(path) if stands == "fifo" else path.symlink_to("moved.json")
    what = "a FIFO" if stands == "fifo" else "a link that leads nowhere"
    with (
        _hang_guard("input_stands waited on a FIFO"),
        pytest.raises(PipelineError, match=f"is {what}, not a regular record"),
    ):
        input_stands("topics", "transcript", path, "0" * 64)
    assert input_stands("topics", "transcript", tmp_path / "none.json", "0" * 64) is False  # nothing there: changed


def test_the_archive_counts_unreadable_days_as_days_of_their_own(tmp_path):
    """`tables` said "2 day(s)" and the archive page "2 hari: 1 selesai, 1 gagal atau tidak
    terbaca" of one day done and one unreadable (a FIFO where its listening copy goes): both
    count every day, and name the unreadable ones as a figure of their own, not among the failed
    (most such days are real days: a stage run alone, a record edited by hand); the page links
    none of such a day's files."""
    from fakes import make_day

    outputs = tmp_path / "out"
    make_day(tmp_path / "configs", outputs, "day-one")
    _, broken = make_day(tmp_path / "configs", outputs, "day-two")
    broken.listening.unlink()
    os.mkfifo(broken.listening)
    result = _ends_within(60, "--outputs", outputs, "tables")
    said = "tables: 2 day(s), 1 of them unreadable (named above), in "
    assert result.exit_code == 1 and said in result.output, result.output
    page = (outputs / "index.html").read_text(encoding="utf-8")
    assert "2 hari: 1 selesai, 0 gagal, 1 tidak terbaca · " in page
    assert 'href="day-one/audio.webm"' in page and 'href="day-two/' not in page


@pytest.mark.parametrize("error", [errno.EROFS, errno.ENOSPC, errno.EACCES])
@pytest.mark.parametrize("command", ["page", "run", "tables"])
def test_a_disk_that_takes_no_file_is_one_line_and_every_file_stays_whole(tmp_path, monkeypatch, command, error):
    """Every replacement refused (files._replace, under every write of a record, a table or the
    page: a read-only, full or forbidden outputs folder): one line naming the file, and every file
    as it was (the tables cache aside, which costs time only).  `run` had said it three times (the
    failure not recorded, the tables not made again, then the error) and `tables` once a day more
    (the tables cache not written) before its error.  Tried for real too: outputs on a read-only
    bind mount and on a full tmpfs (docs/measurements.md, the fifty-sixth round)."""
    import pipeline.records.files
    from fakes import make_day

    outputs = tmp_path / "out"
    config, paths = make_day(tmp_path / "configs", outputs)

    def files_there():
        held = (path for path in outputs.rglob("*") if ".tables-cache" not in path.parts and path.is_file())
        return {path: path.read_bytes() for path in held if path.name not in (".lock", ".archive.lock")}

    before = files_there()

    def refused(tmp, path):
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(pipeline.records.files, "_replace", refused)
    force = {"page": [], "run": ["--force", "summary"], "tables": []}[command]
    result = invoke("--outputs", outputs, command, *force, *([config] if command != "tables" else []))
    said = [line for line in result.output.splitlines() if os.strerror(error) in line]
    first = paths.status if command != "tables" else outputs / "index.parquet"
    assert result.exit_code == 1 and said == [f"Error: {first}: could not write: {os.strerror(error)}"], result.output
    assert files_there() == before


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EDQUOT, errno.EIO])
def test_a_full_disk_that_takes_no_pid_in_the_lock_stops_no_run_with_nothing_to_write(tmp_path, monkeypatch, error):
    """The day's .lock is left empty by every run that ends; on a full disk (or past a quota) the
    next run's pid could not be written in it, and a run of a day whose every file stood stopped at
    `.lock: could not write: No space left on device`.  The lock is held without the pid there (it
    is the lock, not its text, that keeps a second run out): that run ends as it would with room,
    every file as it was.  Any other error writing it (a failing disk) is still one line naming it.
    Tried for real on a full tmpfs (docs/measurements.md, the fifty-seventh round)."""
    from fakes import make_day

    outputs = tmp_path / "out"
    config, paths = make_day(tmp_path / "configs", outputs)
    invoke("--outputs", outputs, "run", config)  # the tables made, as a run leaves them
    before = {path: path.read_bytes() for path in outputs.rglob("*") if path.is_file()}
    pwrite = os.pwrite

    def no_room_in_the_lock(fd, data, offset):
        if os.readlink(f"/proc/self/fd/{fd}").endswith("/.lock"):
            raise OSError(error, os.strerror(error))
        return pwrite(fd, data, offset)

    monkeypatch.setattr(os, "pwrite", no_room_in_the_lock)
    result = invoke("--outputs", outputs, "run", config)
    if error == errno.EIO:
        assert _error_line(result) == f"Error: {paths.root / '.lock'}: could not write: {os.strerror(error)}"
    else:
        assert result.exit_code == 0 and "could not write" not in result.output, result.output
    after = {path: path.read_bytes() for path in outputs.rglob("*") if path.is_file()}
    assert after == before and paths.root.joinpath(".lock").read_bytes() == b""


@pytest.mark.parametrize("holder", ["", "live-pid"])
@pytest.mark.parametrize("command", ["run", "batch", "compare", "summary"])
def test_a_day_lock_held_by_another_is_one_line_with_or_without_its_pid(tmp_path, holder, command):
    """A lock held without a pid in it (a run on a full disk: files.write_lock_holder, or any other
    process) is 'another process' in the refused command's one line; with a live pid, that run's.
    The tables made again after the refusal (run, batch) had said it first, `Warning: test-day: a
    run is working on this day` (index.write_tables, the fifty-eighth round); every file as it was."""
    import fcntl

    from fakes import make_day

    outputs = tmp_path / "out"
    config, paths = make_day(tmp_path / "configs", outputs)
    invoke("--outputs", outputs, "tables")
    before = {path: path.read_bytes() for path in paths.root.rglob("*") if path.is_file()}
    fd = os.open(paths.root / ".lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # a separate open file: the run's flock is refused
        os.write(fd, f"{os.getpid()}\n".encode() if holder else b"")
        result = invoke("--outputs", outputs, command, config)
        os.ftruncate(fd, 0)
    finally:
        os.close(fd)
    who = f"another lokakarya run (pid {os.getpid()})" if holder else "another process"
    refusal = f"{paths.root}: {who} is working on this day (it holds .lock); wait for it to finish"
    assert result.exit_code == 1, result.output
    if command == "batch":  # the day's own line, then where the tables are
        assert result.output.splitlines()[0] == f"test-day: failed: {refusal}", result.output
        assert "a run is working on this day" not in result.output, result.output
    else:
        assert _error_line(result) == f"Error: {refusal}"
    assert {path: path.read_bytes() for path in paths.root.rglob("*") if path.is_file()} == before


@pytest.mark.parametrize("command", ["run", "batch", "batch, then Ctrl-C"])
@pytest.mark.parametrize("at_the_lock", [True, False])
def test_a_day_that_failed_otherwise_and_that_a_run_took_since_is_still_said_running(
    tmp_path, monkeypatch, command, at_the_lock
):
    """The tables made after a failure leave 'a run is working on this day' unsaid only for a day
    refused at that run's lock (DayHeld), whose own line says it: a day that failed otherwise (a
    crash in transcribe) and that another run took before the tables is still said to be running
    (a review found it unsaid for any failed day of a batch), and so after a Ctrl-C in a batch."""
    import fcntl

    from fakes import make_day
    from pipeline import batch, runner
    from pipeline.artifacts import DayHeld

    outputs = tmp_path / "out"
    config, paths = make_day(tmp_path / "configs", outputs)
    invoke("--outputs", outputs, "tables")
    failure = DayHeld(f"{paths.root}: another process is working on this day") if at_the_lock else None
    holders = []

    def another_run_takes_the_day() -> None:
        holders.append(fd := os.open(paths.root / ".lock", os.O_RDWR))
        fcntl.flock(fd, fcntl.LOCK_EX)

    def run_day(*_args, **_kwargs):
        yield from ()  # a generator, as run_day is, that fails at its first stage
        another_run_takes_the_day()
        raise failure or RuntimeError("transcribe crashed")

    def run_days(loaded, _outputs, _scheduler, _workers, _force_from, _bars, outcomes):
        for path, day in loaded.items():
            another_run_takes_the_day()
            reason = str(failure or "RuntimeError: transcribe crashed")
            outcomes[path] = batch.DayOutcome(path, day.id, "failed", reason, held=at_the_lock)
        if command.endswith("Ctrl-C"):  # as the other days still ran
            raise KeyboardInterrupt

    monkeypatch.setattr(runner, "run_day", run_day)
    monkeypatch.setattr(batch, "_run_days", run_days)
    try:
        result = invoke("--outputs", outputs, command.split(",")[0], config)
    finally:
        for fd in holders:
            os.close(fd)
    assert result.exit_code == (130 if command.endswith("Ctrl-C") else 1) and holders, result.output
    assert ("a run is working on this day" in result.output) != at_the_lock, result.output


@pytest.mark.parametrize("refused", [os.W_OK, os.X_OK])
def test_doctor_fails_the_disk_of_an_outputs_folder_that_cannot_be_written(tmp_path, monkeypatch, refused):
    """An outputs folder on a read-only disk (or one the user may not write, or write but not
    enter) had been `ok disk: 70.1 GB free`, and every command then stopped at its first file.
    (Refused here in os.access, as a read-only bind mount answers it, root or not: a folder's mode
    refuses root nothing.)"""
    outputs = tmp_path / "out"
    outputs.mkdir()
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: not mode & refused and access(path, mode, **kw))
    result = invoke("--outputs", outputs / "not-made-yet", "doctor", "--no-network")
    assert result.exit_code == 1 and f"FAIL disk: {outputs}: cannot be written (a read-only disk" in result.output
