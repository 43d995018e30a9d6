"""The long written talks (configs/long-talks/, 35-46 minutes each): the comparison on their true
text, the names called of their unlisted voices, and (--long) the talks made into speech."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from pipeline.artifacts import DayPaths, PipelineError, read_artifact
from pipeline.bench.bundled_days import REPO, day_places, load_average
from pipeline.bench.compare_accuracy import VERDICT_COLUMNS, verdict_cells
from pipeline.bench.compare_tuning import similarity_constants
from pipeline.bench.tables import table_header
from pipeline.compare import compare_to_report, utterance_sureness
from pipeline.config import DayConfig, extra_voice, load_config
from pipeline.diarize import Diarization
from pipeline.evaluate import (
    as_config_speakers,
    compare_metrics,
    compare_outcomes,
    score,
    truth_diarization,
    unreported_at_places,
)
from pipeline.runner import run_day
from pipeline.text import similarity as window_model
from pipeline.text.language import normalize
from pipeline.text.report import read_report
from pipeline.transcribe import Transcript
from pipeline.truth import Place, Truth, load_places, load_truth
from pipeline.voices.naming import name_voices
from pipeline.voices.unlisted_names import names_called

# Long talks, written as real days are (35-46 minutes each: a host, housekeeping, long digressions,
# questions from the audience, hard negatives), true text only, each for the report, and with the
# speakers, of a bundled day.  Six hands that had not seen the comparison wrote one each: three to
# choose on (the length penalty was checked on them), three held out.
LONG_TALKS = {"day-10": "para-3", "day-7": "para-11", "day-3": "para-16"}
LONG_TUNING_TALKS = {"tuning-day-10": "para-1", "tuning-day-7": "para-12", "tuning-day-3": "para-17"}
LONG_TALK_SPLITS = dict.fromkeys(LONG_TUNING_TALKS, "tuning") | dict.fromkeys(LONG_TALKS, "held out")


def long_talk(talk: str) -> tuple[DayConfig, Truth, dict[str, list[Place]]]:
    """A long talk (configs/long-talks/<talk>/) with the config of its day, its labels and places,
    its speakers as the config names them (the writers label them as people call them)."""
    config = load_config(REPO / "configs" / f"{(LONG_TALKS | LONG_TUNING_TALKS)[talk]}.yaml")
    folder = REPO / "configs" / "long-talks" / talk
    truth = as_config_speakers(load_truth(folder / "truth.json"), config, folder / "truth.json")
    return config, truth, load_places(folder / "where.json", truth)


def long_talks() -> dict:
    """The comparison on each long talk, tuning and held out, against its labels and places."""
    found = {}
    for talk, split in LONG_TALK_SPLITS.items():
        config, truth, places = long_talk(talk)
        result = compare_to_report(config, truth_diarization(truth), None, read_report(config))
        found[talk] = compare_metrics(compare_outcomes(truth, result["points"], places, by_text=True)) | {
            "split": split,
            "minutes": round(truth.turns[-1].end / 60, 1),
            "unreported": unreported_at_places(result["unreported_passages"], places, by_text=True),
            "called": called_on_truth(config, truth),
        }
    return found | {"load_average": load_average()}


def called_on_truth(config: DayConfig, truth: Truth) -> dict[str, int]:
    """The names the true text calls the voices the config does not list (unlisted_names.py),
    each voice named by name_voices first, against the truth's label of the person ("Peserta: Rina
    dari Unair"): a name is right where every word of it is a word of the label."""
    utterances = truth_diarization(truth).utterances
    labels = {
        truth_name: f"SPEAKER_{number:02d}"
        for number, truth_name in enumerate(dict.fromkeys(u.speaker for u in utterances))
    }
    utterances = [u.model_copy(update={"speaker": labels[u.speaker]}) for u in utterances]
    named = name_voices(list(labels.values()), list(config.speakers), utterances, config.language)
    unlisted = {voice for voice, naming in named.items() if extra_voice(naming.name)}
    called = names_called(unlisted, list(config.speakers), utterances, config.language)
    person = {voice: set(normalize(truth_name).split()) for truth_name, voice in labels.items()}
    counts = {"unlisted": len(unlisted), "right": 0, "wrong": 0, "none": 0}
    for voice in unlisted:
        names = [set(normalize(name.name).split()) for name in called.get(voice, [])]
        counts["none" if not names else "right" if all(name <= person[voice] for name in names) else "wrong"] += 1
    return counts


def spoken_long_talks(out: Path) -> dict:
    """Each long talk made into speech as the bundled days are (demo/build.py's build_long_talk, in
    `out`/long-talks/) and run through every stage (`out`/long-talk-runs/): WER, DER, names, and
    the comparison on its ASR against the talk's labels and places, without the length penalty
    and with it.  Needs espeak-ng and ffmpeg, as demo/build.py does; 30 minutes here (load 2.2-2.7)."""
    from pipeline.demo import build as make_demo

    if missing := [tool for tool in ("espeak-ng", "ffmpeg") if shutil.which(tool) is None]:
        raise PipelineError(f"spoken_long_talks: {' and '.join(missing)} not found (apt-get install espeak-ng ffmpeg)")
    found = {}
    for talk, split in LONG_TALK_SPLITS.items():
        config_path = out / "long-talks" / f"long-{talk}.yaml"
        if not config_path.is_file():
            make_demo.build_long_talk(talk, out / "long-talks")
        config = load_config(config_path)
        paths = DayPaths.for_day(out / "long-talk-runs", config.id)
        started = time.perf_counter()
        list(run_day(config, paths))
        wall = time.perf_counter() - started
        truth = load_truth(config.truth_path)
        places = day_places(REPO / "configs" / "long-talks" / talk, config, truth)
        transcript = read_artifact(paths.transcript, Transcript, "transcribe")
        diarization = read_artifact(paths.speakers, Diarization, "diarize")
        scores = score(as_config_speakers(truth, config), transcript, diarization, set(config.speaker_names()))
        verdicts = {}
        sureness = utterance_sureness(diarization, transcript)
        for penalty in (0.0, window_model.LENGTH_PENALTY):
            with similarity_constants({"LENGTH_PENALTY": penalty}):
                result = compare_to_report(config, diarization, None, read_report(config), sureness=sureness)
            verdicts[f"{penalty:g}"] = compare_metrics(compare_outcomes(truth, result["points"], places, by_text=False))
        found[talk] = {
            "split": split,
            "minutes": round(transcript.duration / 60, 1),
            "wall_s": round(wall, 1),
            "voices_heard": len({turn.speaker for turn in truth.turns}),
            "voices_found": len(diarization.speakers),
            "scores": scores.model_dump(),
            "penalty": verdicts,
            "load_average": load_average(),
        }
    return found


def markdown_written(result: dict) -> list[str]:
    lines = [
        "## Long talks (true text, written as real days are; configs/long-talks/)",
        "",
        table_header(
            "talk",
            "split",
            "minutes",
            "points",
            "said",
            *VERDICT_COLUMNS,
            "unlisted voices called right / wrong / no name",
        ),
    ]
    talks = {talk: m for talk, m in result.items() if talk != "load_average"}
    lines += [
        f"| {t} | {m['split']} | {m['minutes']} | {m['points']} | {m['said']} | {verdict_cells(m)} | "
        f"{_called_cell(m.get('called'))} |"
        for t, m in talks.items()
    ]
    return lines


def _called_cell(called: dict | None) -> str:
    if not called:
        return "–"
    return f"{called['right']} / {called['wrong']} / {called['none']} of {called['unlisted']}"


def markdown_spoken(result: dict) -> list[str]:
    lines = [
        "## Long talks as speech (make_demo's voices; ASR; the length penalty off and on)",
        "",
        table_header(
            "talk",
            "split",
            "minutes",
            "WER",
            "DER",
            "voices found (heard)",
            "words rightly named",
            "wall s",
            "agreement, penalty off → on",
            "said found",
            "unspoken called said",
        ),
    ]
    for talk, m in result.items():
        off, on = m["penalty"]["0"], next(v for k, v in m["penalty"].items() if k != "0")
        found = [round(v["recall"] * v["said"]) for v in (off, on)]
        false = [round(v["false_said"] * (v["points"] - v["said"])) for v in (off, on)]
        lines.append(
            f"| {talk} | {m['split']} | {m['minutes']} | {m['scores']['wer']} | {m['scores']['der']} | "
            f"{m['voices_found']} ({m['voices_heard']}) | {m['scores']['word_name_accuracy']} | {m['wall_s']} | "
            f"{off['agreement']} → {on['agreement']} | {found[0]} → {found[1]} of {on['said']} | "
            f"{false[0]} → {false[1]} of {on['points'] - on['said']} |"
        )
    return lines
