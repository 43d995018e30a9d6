"""The quick commands import no heavy library: `--help`, `validate` and `doctor` start in a
fraction of a second because the stages' libraries load only when a stage runs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import DEMO_CONFIG, REPO, invoke, write_config

HEAVY = (
    "spacy",
    "torch",
    "faster_whisper",
    "ctranslate2",
    "sklearn",
    "pandas",
    "pyarrow",
    "yt_dlp",
    "matplotlib",
    "distributed",
    "duckdb",
    "numpy",  # with its BLAS threads, 0.05-0.2 s of validate's 0.5 s (docs/measurements.md)
    "soundfile",
)

# Runs the CLI in a fresh interpreter, then prints which heavy modules it imported.
PROBE = """
import json, sys
from pipeline.cli import cli
try:
    cli(sys.argv[2:], prog_name="lokakarya")
except SystemExit:
    pass
heavy = json.loads(sys.argv[1])
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} & set(heavy))))
"""


def _heavy_imports(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(HEAVY), *args], cwd=REPO, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [("--help",), ("run", "--help"), ("doctor", "--no-network")], ids=" ".join)
def test_quick_commands_import_no_heavy_library(args):
    assert _heavy_imports(*args) == []


def test_validate_imports_no_heavy_library():
    # validate asks CTranslate2 which compute types this machine runs; Whisper's languages are
    # read from faster-whisper's tokenizer module without importing it.
    assert _heavy_imports("validate", str(DEMO_CONFIG)) == ["ctranslate2"]


def test_whisper_languages_read_without_importing_are_faster_whispers():
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    from pipeline.preflight import whisper_languages

    assert whisper_languages() == frozenset(_LANGUAGE_CODES)


def test_the_language_pipeline_runs_without_torch_and_leaves_it_importable():
    # thinc would import torch (seconds, ~180 MB) for layers a blank spaCy pipeline never uses.
    probe = (
        "import sys\n"
        "from pipeline.text.language import find_entities\n"
        "assert find_entities('Retno Marsudi di Jakarta.', []).text\n"
        "print('torch' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False"]


@pytest.mark.parametrize("module", ["pipeline", "pipeline.cli"])
def test_the_command_runs_as_a_module(module):
    """`python -m pipeline.cli` had done nothing and exited 0."""
    result = subprocess.run([sys.executable, "-m", module, "--version"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("lokakarya, version "), result
    refused = subprocess.run([sys.executable, "-m", module, "nosuchcommand"], cwd=REPO, capture_output=True, text=True)
    assert refused.returncode == 2 and "No such command" in refused.stderr


@pytest.mark.parametrize("value, traceback", [("0", False), ("false", False), (" ", False), ("1", True), ("yes", True)])
def test_lokakarya_debug_set_to_zero_keeps_an_internal_error_on_one_line(tmp_path, monkeypatch, value, traceback):
    """LOKAKARYA_DEBUG=0 (set to turn it off) had shown the traceback, as any value did."""
    from pipeline import runner

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setenv("LOKAKARYA_DEBUG", value)
    monkeypatch.setattr(runner, "day_of", broken)
    config = write_config(tmp_path)
    if traceback:
        with pytest.raises(ZeroDivisionError):
            invoke("--outputs", tmp_path / "out", "download", config)
        return
    result = invoke("--outputs", tmp_path / "out", "download", config)
    assert result.exit_code == 1, result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: internal error: ZeroDivisionError: division by zero"), line


def _commands() -> list[tuple[str, object]]:
    from pipeline.cli import cli

    return sorted(cli.commands.items())


def test_every_command_and_option_has_its_help_whole():
    """`lokakarya --help` had cut a command's line mid-sentence ("Produce audio.wav and
    source.json; a rerun with both in..."), and `search --limit` had no help text."""
    import click

    from pipeline.cli import cli

    widest = max(len(name) for name, _ in _commands())
    limit = click.HelpFormatter().width - 6 - widest  # as click's Group.format_commands cuts them
    for name, command in _commands():
        short = command.get_short_help_str(limit=limit)
        assert short and not short.endswith("...") and short.endswith("."), (name, short)
        for param in [*command.params, *cli.params]:
            if isinstance(param, click.Option) and not param.hidden:
                assert param.help, (name, param.opts)


@pytest.mark.parametrize("name", [name for name, command in _commands() if not command.hidden])
def test_each_commands_help_names_the_options_that_may_follow_it(name):
    """--outputs may follow the command's name (`lokakarya run day.yaml --outputs DIR`); its help
    says so, not only the top-level help."""
    result = invoke(name, "--help")
    assert result.exit_code == 0 and "--outputs DIRECTORY" in result.output, result.output


# After the command (or not), what loads matplotlib and onnxruntime in a stage: pyannote.core, Silero's VAD.
LIBRARIES_LOADED = """
import sys
if sys.argv[1:]:
    from pipeline.cli import cli
    try:
        cli(sys.argv[1:], prog_name="lokakarya")
    except SystemExit:
        pass
import numpy
import pyannote.core
from faster_whisper.vad import get_speech_timestamps
get_speech_timestamps(numpy.zeros(32000, dtype=numpy.float32))
"""


def test_libraries_say_nothing_of_a_home_folder_that_cannot_be_written(tmp_path):
    """Under a HOME that cannot be written (a service account's /nonexistent; here a file, which root
    cannot write into either) matplotlib printed two lines on its config folder and onnxruntime a
    coloured one on its telemetry's device identifier, in every run that diarized or evaluated: the
    command keeps them quiet (models.libraries_kept_quiet), and so does each batch worker."""
    home = tmp_path / "home"
    home.write_text("not a folder")
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PYTHONPATH": str(REPO)}

    def stderr(*args: str) -> str:
        command = [sys.executable, "-c", LIBRARIES_LOADED, *args]
        return subprocess.run(command, cwd=REPO, env=environment, capture_output=True, text=True, check=True).stderr

    alone = stderr()  # the libraries without the command: as every run had been
    assert "matplotlib" in alone and "telemetry" in alone, alone
    assert stderr("validate", str(DEMO_CONFIG)) == ""
