"""The archive page people read: outputs/<id>/index.html per day and outputs/index.html over days.

Pages are rendered from the artifacts with Jinja2 (autoescaped: transcripts are untrusted text),
carry no external resources, and read fine with JavaScript off (it only sorts the index table).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pipeline.artifacts import (
    DayPaths,
    PipelineError,
    Provenance,
    Sha256,
    Strict,
    file_sha256,
    read_artifact,
    schema_version,
    write_artifact,
    write_atomic,
)
from pipeline.config import DayConfig
from pipeline.diarize import Diarization, word_runs
from pipeline.summary import DayArtifacts, Summary, clock
from pipeline.transcribe import Transcript

LOW_CONFIDENCE = 0.5  # word probability below which a word is marked for checking
PACKAGES = ("jinja2", "matplotlib")


class PageRecord(Strict):
    """page.json: how the day's page was made, so a rerun can tell it is up to date."""

    schema_version: str = schema_version("1.0.0")
    page: str
    page_sha256: Sha256
    provenance: Provenance


@dataclass(frozen=True)
class Token:
    text: str
    probability: float

    @property
    def low(self) -> bool:
        return self.probability < LOW_CONFIDENCE


@dataclass
class TurnView:
    speaker: str
    name: str
    start: float
    utterances: list[tuple[int, float, list[Token]]]


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("pipeline", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    env.globals["zip"] = zip
    env.filters["clock"] = clock
    return env


def timeline_svg(diarization: Diarization, duration: float) -> Markup:
    """Who spoke when, one row per speaker, as inline SVG (matplotlib escapes the labels).

    A fixed hash salt and no date make the same timeline the same bytes on every rerun.
    """
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    speakers = diarization.speakers
    figure, axes = pyplot.subplots(figsize=(10, 0.5 + 0.45 * len(speakers)))
    colours = pyplot.get_cmap("tab10")
    for row, speaker in enumerate(speakers):
        spans = [(t.start, t.end - t.start) for t in diarization.turns if t.speaker == speaker.label]
        axes.broken_barh(spans, (row - 0.35, 0.7), color=colours(row % 10))
    axes.set_yticks(range(len(speakers)), [s.name for s in speakers])
    axes.set_xlim(0, duration)
    axes.invert_yaxis()
    axes.set_xlabel("minutes")
    ticks = range(0, int(duration) + 1, max(60, int(duration / 10) // 60 * 60))
    axes.set_xticks(list(ticks), [f"{t // 60}" for t in ticks])
    figure.tight_layout()
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": "lokakarya"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    pyplot.close(figure)
    svg = buffer.getvalue()
    return Markup(svg[svg.index("<svg"):])  # drop the XML prolog and doctype for inline use


def speaker_turns(transcript: Transcript, diarization: Diarization) -> list[TurnView]:
    """Group utterances into turns, keeping each word's confidence for marking."""
    probabilities = [w.probability for s in transcript.segments for w in s.words]
    names = diarization.names()
    turns: list[TurnView] = []
    for utterance, run in zip(diarization.utterances, word_runs(diarization.words)):
        tokens = [Token(diarization.words[i].word, probabilities[i]) for i in run]
        if not turns or turns[-1].speaker != utterance.speaker:
            turns.append(TurnView(utterance.speaker, names[utterance.speaker], utterance.start, []))
        turns[-1].utterances.append((utterance.index, utterance.start, tokens))
    return turns


def render_day(config: DayConfig, paths: DayPaths) -> Path:
    """Write outputs/<id>/index.html from the day's artifacts."""
    summary = read_artifact(paths.summary, Summary, "summary")
    day = DayArtifacts.load(config, paths)
    html = _environment().get_template("day.html.j2").render(
        summary=summary, topics=day.topics, comparison=day.comparison,
        timeline=timeline_svg(day.diarization, summary.source.duration_seconds),
        turns=speaker_turns(day.transcript, day.diarization),
        source_is_url=config.source_is_url, low_confidence=LOW_CONFIDENCE,
    )
    write_atomic(paths.page, html)
    return paths.page


def report(config: DayConfig, paths: DayPaths) -> Path:
    """Write the day's page outputs/<id>/index.html and refresh outputs/index.html."""
    inputs = {"summary": paths.summary, "transcript": paths.transcript, "speakers": paths.speakers,
              "topics": paths.topics} | ({"comparison": paths.comparison} if config.report else {})
    provenance = Provenance.begin("report", config.stage_key("report"), inputs, PACKAGES)
    page = render_day(config, paths)
    write_artifact(paths.page_record, PageRecord(page=page.name, page_sha256=file_sha256(page),
                                                 provenance=provenance.finish()))
    render_index(paths.root.parent)
    return page


def render_index(outputs: Path) -> Path:
    """Write outputs/index.html: every day with a summary, in one sortable table."""
    import pandas

    rows = []
    for summary_file in sorted(Path(outputs).glob("*/summary.json")):
        try:
            summary = read_artifact(summary_file, Summary, "summary")
        except PipelineError:  # another schema version: index.parquet lists it as unreadable
            continue
        comparison = summary.comparison
        rows.append({
            "id": summary.day.id, "title": summary.day.title,
            "date": summary.day.date.isoformat() if summary.day.date else "",
            "minutes": round(summary.source.duration_seconds / 60, 1),
            "speakers": ", ".join(s.name for s in summary.speakers),
            "words": summary.transcript.words,
            "coverage": f"{comparison.coverage:.0%}" if comparison else "",
            "missing points": comparison.missing if comparison else "",
            "page": f"{summary_file.parent.name}/index.html",
        })
    table = pandas.DataFrame(rows, columns=["id", "title", "date", "minutes", "speakers", "words",
                                            "coverage", "missing points", "page"])
    target = Path(outputs) / "index.html"
    write_atomic(target, _environment().get_template("index.html.j2").render(table=table))
    return target
