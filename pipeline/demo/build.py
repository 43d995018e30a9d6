"""Build the bundled demo days: Indonesian recordings spoken from the day-10 report, five
(para-11 to para-15) from a second report, of day 7 (configs/reports/day-7.txt, written for the
project in the day-10 report's style: other speakers, another theme), and four (para-16 to para-19)
from a third, of day 3, written as a campus news portal writes.

No recording of a workshop day can be fetched offline, so the project ships days made with
espeak-ng, each with its ground truth: the text and time of every turn, an RTTM of who spoke when,
and for every point of the report whether the talk covers it, partly covers it, leaves it out or
(for sentences that narrate the event) does not need to say it.

The demo days speak report sentences nearly verbatim.  The para-* days are the hard case real
talks pose: three voices including a moderator, room reverberation and noise, a low-bitrate codec,
and a talk that says chosen report points in other words at three levels (light: same key terms in
a new sentence; medium: synonyms, reordering and spoken fillers; heavy: different words for the
same claim), leaves the other points out and digresses about things the report never mentions.
Only this script needs espeak-ng and ffmpeg; the committed results are what the demo, the batch,
the tests and the benchmark use.

What the days say is data, not code: pipeline/demo/data/days/<day>.yaml holds each day's turns
(speaker and text), the report it is of, the passages it omits and the (status, level) of the
points it says, with the writers' notes on every turn as comments; data/voices.yaml the espeak-ng
voice of each speaker; data/reports.yaml each report's narration phrases.  Two thousand lines of
Indonesian talk as Python literals hid the forty lines that build a day, and a new day is a new
file that its writer can read and check against the report without reading Python.  Each file is
read into a model when this module is imported; a bad one is one line naming the file and field.

    python -m pipeline.demo.build configs      # writes configs/demo*/recording.opus and truth
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

import numpy as np
import soundfile
import yaml
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError

from pipeline.artifacts import PipelineError, first_problem
from pipeline.records.config_yaml import ConfigLoader, yaml_problem
from pipeline.records.files import open_regular
from pipeline.text.decoding import utf8_text
from pipeline.text.points import split_points

DATA = Path(__file__).parent / "data"
REPORTS = Path(__file__).resolve().parents[2] / "configs" / "reports"

Voice = tuple[str, Annotated[int, Field(ge=0, le=99)], Annotated[int, Field(gt=0)]]  # espeak-ng voice, pitch, speed
# Paraphrase days: the talk says chosen report points in other words (three levels), leaves the
# others out and digresses.  Each label names a report point by a phrase only it contains.
Level = Literal["verbatim", "light", "medium", "heavy"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Voices(_Strict):
    speakers: dict[str, Voice]
    participants: list[Voice] = Field(min_length=1)


class _Report(_Strict):
    narration: list[str]
    long_talk_speakers: list[str]


class _Turn(_Strict):
    speaker: str
    text: str = Field(min_length=1)


class _Day(_Strict):
    report: str
    room: bool
    turns: list[_Turn] = Field(min_length=1)
    omitted: list[str] = []
    points: dict[str, tuple[Literal["covered", "partly"], Level]] = {}


class _DataLoader(ConfigLoader):
    """A day config's YAML rules, its refusals naming the demo's data (an anchor is no more allowed)."""

    READS = "lokakarya's demo data"


def _read(path: Path, kind: type[_Strict]) -> _Strict:
    """One data file read into its model; PipelineError naming the file and the first bad field, or
    why it is no UTF-8 text file (a folder of its name, a byte of another encoding)."""
    try:
        with open_regular(path, "data file") as handle:
            text = utf8_text(handle.read(), "the file")
        return kind.model_validate(yaml.load(text, Loader=_DataLoader))
    except OSError as exc:
        raise PipelineError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise PipelineError(f"{path}: not valid YAML: {yaml_problem(exc)}") from None
    except ValidationError as exc:
        raise PipelineError(f"{path}: {first_problem(exc)}") from None
    except ValueError as exc:  # utf8_text's, after ValidationError (a ValueError too)
        raise PipelineError(f"{path}: {exc}") from None


def _unknown(path: Path, key: str, given: list[str], known: dict) -> None:
    """A name another file must define (a turn's speaker, a day's report) that it does not; `key`
    holds {} for a list's entries, which is given the entry's number (turns.3.speaker)."""
    if missing := [(number, name) for number, name in enumerate(given) if name not in known]:
        number, name = missing[0]
        raise PipelineError(f"{path}: {key.format(number)}: '{name}' is none of {sorted(known)}")


@dataclass(frozen=True)
class DemoDay:
    turns: list[tuple[str, str]]
    report: Path  # the written report the points are of
    narration: tuple[str, ...]  # a phrase of each report sentence that narrates the event
    omitted: list[str] = field(default_factory=list)
    # (status, level) of the report points the talk says, each named by a phrase only that point
    # contains; every other point is missing, or narration.
    points: dict[str, tuple[str, str]] = field(default_factory=dict)
    room: bool = False  # reverberation, noise and a 16 kbit/s codec


def _day_number(path: Path) -> list:
    """demo, demo-2, demo-3, para-1, para-2, ..., para-19: numbers in the name compared as numbers."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.stem)]


_voices = _read(DATA / "voices.yaml", _Voices)
_reports = _read(DATA / "reports.yaml", RootModel[dict[str, _Report]]).root
for _name, _report in _reports.items():
    _unknown(DATA / "reports.yaml", f"{_name}.long_talk_speakers.{{}}", _report.long_talk_speakers, _voices.speakers)

VOICES = dict(_voices.speakers)
PARTICIPANT_VOICES = _voices.participants
# The voices of a long talk's speakers by their place in its day's config (the host first), as the
# bundled days of the same report give them; the participants, whom no config lists, one each.
LONG_TALK_VOICES = {name: [VOICES[speaker] for speaker in r.long_talk_speakers] for name, r in _reports.items()}


def _demo_day(path: Path) -> DemoDay:
    day = _read(path, _Day)
    _unknown(path, "turns.{}.speaker", [turn.speaker for turn in day.turns], VOICES)
    _unknown(path, "report", [day.report], _reports)
    return DemoDay(
        [(turn.speaker, turn.text) for turn in day.turns],
        REPORTS / day.report,
        tuple(_reports[day.report].narration),
        list(day.omitted),
        dict(day.points),
        day.room,
    )


DEMO_DAYS = {path.stem: _demo_day(path) for path in sorted((DATA / "days").glob("*.yaml"), key=_day_number)}

SAMPLE_RATE = 22050  # espeak-ng's native rate
PAUSE_SECONDS = 0.8
SPEECH_THRESHOLD = 0.01
# The room of the para-* days: a small hall's reverberation, fan-like noise and mains hum.
ROOM_DECAY_SECONDS = 0.25
ROOM_WET = 0.35
ROOM_SNR_DB = 20
HUM_DB = -40
ROOM_BITRATE = "16k"
CLEAN_BITRATE = "32k"


def _speak(text: str, voice: str, pitch: int, speed: int, workdir: Path) -> np.ndarray:
    wav = workdir / "turn.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed), "-w", str(wav), text],
        check=True,
    )
    samples, rate = soundfile.read(wav, dtype="float32")
    assert rate == SAMPLE_RATE, rate
    return samples


def _speech_bounds(samples: np.ndarray) -> tuple[int, int]:
    loud = np.flatnonzero(np.abs(samples) > SPEECH_THRESHOLD)
    return int(loud[0]), int(loud[-1]) + 1


def _room(samples: np.ndarray, seed: int) -> np.ndarray:
    """Reverberation (exponentially decaying noise as impulse response), noise and hum."""
    from scipy.signal import fftconvolve, lfilter

    rng = np.random.default_rng(seed)
    t = np.arange(int(ROOM_DECAY_SECONDS * 3 * SAMPLE_RATE)) / SAMPLE_RATE
    impulse = rng.standard_normal(len(t)) * np.exp(-t / ROOM_DECAY_SECONDS * 3)
    impulse /= np.abs(impulse).sum()
    wet = fftconvolve(samples, impulse)[: len(samples)]
    mixed = samples + ROOM_WET * wet / max(np.abs(wet).max(), 1e-9) * np.abs(samples).max()
    noise = lfilter([1.0], [1.0, -0.95], rng.standard_normal(len(mixed)))  # low-heavy, like a fan
    speech_power = np.mean(mixed[np.abs(mixed) > SPEECH_THRESHOLD] ** 2)
    noise *= np.sqrt(speech_power / np.mean(noise**2) / 10 ** (ROOM_SNR_DB / 10))
    hum = 10 ** (HUM_DB / 20) * np.sin(2 * np.pi * 50 * np.arange(len(mixed)) / SAMPLE_RATE)
    out = mixed + noise + hum
    return (out / max(np.abs(out).max(), 1.0)).astype("float32")


def point_labels(day: DemoDay) -> list[dict]:
    """Every report point with its truth: covered / partly / missing / narration, and the level."""
    points = [text for text, _ in split_points(day.report.read_text(encoding="utf-8"))]

    def only_point(phrase: str) -> str:
        found = [p for p in points if phrase in p]
        assert len(found) == 1, (phrase, found)
        return found[0]

    narration = {only_point(phrase) for phrase in day.narration}
    given = {only_point(phrase): label for phrase, label in day.points.items()}
    return [
        {"point": point, "status": "narration", "level": None}
        if point in narration
        else dict(zip(("point", "status", "level"), (point, *given.get(point, ("missing", None))), strict=True))
        for point in points
    ]


def build(target: Path, day: DemoDay) -> None:
    target.mkdir(parents=True, exist_ok=True)
    pause = np.zeros(int(PAUSE_SECONDS * SAMPLE_RATE), dtype="float32")
    pieces, truth_turns, cursor = [pause], [], len(pause)
    with tempfile.TemporaryDirectory() as tmp:
        for speaker, text in day.turns:
            samples = _speak(text, *VOICES[speaker], Path(tmp))
            first, last = _speech_bounds(samples)
            truth_turns.append(
                {
                    "speaker": speaker,
                    "start": round((cursor + first) / SAMPLE_RATE, 3),
                    "end": round((cursor + last) / SAMPLE_RATE, 3),
                    "text": text,
                }
            )
            pieces += [samples, pause]
            cursor += len(samples) + len(pause)
        audio = np.concatenate(pieces)
        if day.room:
            audio = _room(audio, seed=sum(map(ord, target.name)))
        full = Path(tmp) / "demo.wav"
        soundfile.write(full, audio, SAMPLE_RATE)
        subprocess.run(
            [
                "ffmpeg",
                "-loglevel",
                "error",
                "-y",
                "-i",
                str(full),
                "-ac",
                "1",
                "-ar",
                "16000",
                "-c:a",
                "libopus",
                "-b:a",
                ROOM_BITRATE if day.room else CLEAN_BITRATE,
                str(target / "recording.opus"),
            ],
            check=True,
        )
    truth = {
        "description": "Ground truth of a bundled recording (espeak-ng voices), made by pipeline/demo/build.py.",
        "turns": truth_turns,
        "omitted_report_passages": day.omitted,
        "points": point_labels(day),
    }
    (target / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n")
    rttm = [
        f"SPEAKER {target.name} 1 {t['start']:.3f} {t['end'] - t['start']:.3f} <NA> <NA> "
        f"{t['speaker'].replace(' ', '_')} <NA> <NA>"
        for t in truth_turns
    ]
    (target / "truth.rttm").write_text("\n".join(rttm) + "\n")


def build_long_talk(talk: str, configs: Path) -> Path:
    """A long talk (configs/long-talks/<talk>/) made into a day as the bundled days are made, in
    `configs`/long-<talk>/ with its config beside it: the whole pipeline on a day as long as a real
    one (docs/compare.md, "Long talks as speech").  Returns the config's path."""
    from pipeline.bench.long_talks import long_talk

    config, truth, _ = long_talk(talk)
    written = yaml.safe_load(config.config_path.read_text(encoding="utf-8"))
    voices = dict(zip(config.speaker_names(), LONG_TALK_VOICES[config.report_path.name], strict=True))
    strangers = dict.fromkeys(t.speaker for t in truth.turns if t.speaker not in voices)
    VOICES.update(voices | dict(zip(strangers, itertools.cycle(PARTICIPANT_VOICES))))
    name = f"long-{talk}"
    report = config.report_path
    build(configs / name, DemoDay([(t.speaker, t.text) for t in truth.turns], report, narration=(), room=True))
    made = json.loads((configs / name / "truth.json").read_text())
    made["points"] = [p.model_dump() for p in truth.points]
    (configs / name / "truth.json").write_text(json.dumps(made, ensure_ascii=False, indent=2) + "\n")
    (configs / "reports").mkdir(exist_ok=True)
    (configs / "reports" / report.name).write_bytes(report.read_bytes())
    written.update(id=name, source=f"{name}/recording.opus", truth=f"{name}/truth.json", title=f"{talk} (long talk)")
    written["report"] = f"reports/{report.name}"
    (configs / f"{name}.yaml").write_text(yaml.safe_dump(written, allow_unicode=True, sort_keys=False))
    return configs / f"{name}.yaml"


if __name__ == "__main__":
    if sys.argv[1:2] == ["long-talks"]:  # python -m pipeline.demo.build long-talks FOLDER [TALK ...]
        from pipeline.bench.long_talks import LONG_TALK_SPLITS

        known = list(LONG_TALK_SPLITS)
        if len(sys.argv) < 3 or any(talk not in known for talk in sys.argv[3:]):
            sys.exit(f"usage: python -m pipeline.demo.build long-talks FOLDER [TALK ...], each TALK one of {known}")
        for talk in sys.argv[3:] or known:
            print(build_long_talk(talk, Path(sys.argv[2])))
        sys.exit()
    configs = Path(sys.argv[1] if len(sys.argv) > 1 else "configs")
    names = sys.argv[2:] or list(DEMO_DAYS)
    for name in names:
        build(configs / name, DEMO_DAYS[name])
