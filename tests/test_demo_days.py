"""The bundled days' texts as data (pipeline/demo/data/): read into the days that made the
committed truth files, and a bad file refused in one line that names it and the field."""

import json
from pathlib import Path

import pytest

from pipeline.artifacts import PipelineError
from pipeline.demo import build
from pipeline.demo.build import DEMO_DAYS, point_labels

CONFIGS = Path(__file__).resolve().parents[1] / "configs"


@pytest.mark.parametrize("name", list(DEMO_DAYS))
def test_each_days_data_is_what_made_its_committed_truth(name):
    """The truth files were made from the texts when they were Python; the data must still say them."""
    day = DEMO_DAYS[name]
    truth = json.loads((CONFIGS / name / "truth.json").read_text(encoding="utf-8"))
    assert [(turn["speaker"], turn["text"]) for turn in truth["turns"]] == day.turns
    assert truth["omitted_report_passages"] == day.omitted
    assert truth["points"] == point_labels(day)


def test_the_days_are_every_bundled_day_in_order():
    assert list(DEMO_DAYS) == ["demo", "demo-2", "demo-3", *(f"para-{n}" for n in range(1, 20))]


GOOD = "report: day-10.txt\nroom: true\n"
TURN = "turns:\n  - {speaker: Moderator, text: Halo}\n"
BUDI = "  - {speaker: Budi, text: Halo}\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (GOOD + "turns: []\n", "turns: List should have at least 1 item"),
        (GOOD + TURN.replace("text", "txt"), "turns.0.text: Field required"),
        (GOOD + TURN + "points:\n  Halo: [covered, loud]\n", "points.Halo.1: Input should be 'verbatim', 'light'"),
        (GOOD + TURN + BUDI, "turns.1.speaker: 'Budi' is none of"),
        (GOOD.replace("day-10", "day-9") + TURN, "report: 'day-9.txt' is none of"),
        (GOOD + "report: day-7.txt\n", "the key 'report' is given twice"),
        (GOOD + "turns:\n  - &t {speaker: Moderator, text: Halo}\n  - *t\n", "not allowed in lokakarya's demo"),
    ],
    ids=["no turns", "misspelt field", "unknown level", "unknown speaker", "unknown report", "key twice", "anchor"],
)
def test_a_bad_day_file_is_one_line_naming_the_file_and_field(tmp_path, text, expected):
    path = tmp_path / "para-99.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PipelineError) as raised:
        build._demo_day(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ") and expected in message and "\n" not in message


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda path: path.write_bytes((GOOD + TURN.replace("Halo", "Hal\xf6")).encode("latin-1")), "not UTF-8"),
        (lambda path: path.mkdir(), "cannot be read"),
    ],
    ids=["latin-1 byte", "a directory"],
)
def test_a_day_file_that_is_no_text_file_is_one_line_naming_it(tmp_path, make, expected):
    """A byte that is not UTF-8 had raised a bare UnicodeDecodeError, a directory named para-99.yaml
    an IsADirectoryError."""
    path = tmp_path / "para-99.yaml"
    make(path)
    with pytest.raises(PipelineError) as raised:
        build._demo_day(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ") and expected in message and "\n" not in message
