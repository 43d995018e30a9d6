"""The archive page people read: outputs/<id>/index.html per day and outputs/index.html over days.

Pages are rendered from the artifacts with Jinja2 (autoescaped: transcripts are untrusted text)
and carry no external resources.  A day's page has a player for a compressed copy of the
recording (audio.webm beside it) with the captions embedded as a data: URL, since browsers refuse
to load a caption file from disk beside a page opened from disk.  Everything reads with
JavaScript off, where every time is a link to that moment of the transcript; with JavaScript on
the same links also play the recording from there.
"""

from __future__ import annotations

import ast
import base64
import bisect
import io
import math
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from jinja2.filters import do_truncate
from markupsafe import Markup
from pydantic import Field

from pipeline.artifacts import (
    DayArtifacts,
    DayPaths,
    FileName,
    PipelineError,
    Provenance,
    Sha256,
    Strict,
    clock,
    exports_field,
    milliseconds,
    read_artifact,
    schema_version,
    write_artifact,
)
from pipeline.compare import CLOSE_MIN, PointNumber, ReportPoint, Span, SpanPart
from pipeline.config import DEFAULT_LANGUAGE, DayConfig
from pipeline.diarize import Diarization, Utterance
from pipeline.exports.page_text import STAGE_TEXTS, TEXTS, decimal
from pipeline.media.audio import encode_listening_copy, listening_copy_source
from pipeline.records.files import regular_file_there, regular_sha256, write_atomic
from pipeline.stages import journal_walls
from pipeline.summary import StageRecord, Summary
from pipeline.text.formats import clipped, percent_beside
from pipeline.text.language import normalize
from pipeline.transcribe import LOW_CONFIDENCE, Transcript
from pipeline.voices.shown_voices import ShownVoice, day_voices, shown_voices

TIMES_PER_TOPIC = 8  # moments linked after a topic on the page (topics.json keeps more)
# The chances said between which the page asks a reader to listen to the evidence (its help text)
LISTEN_BETWEEN = (0.3, 0.9)
# A quote of evidence is cut to about this many characters, shared among the voices that say it
# (each at least QUOTE_PART_CHARS), with "…" where cut, but never before a word a said point's verdict
# heard there, within QUOTE_CHARS more (_cut_after_heard)
QUOTE_CHARS = 160
QUOTE_PART_CHARS = 60
# Words of a quote a heard word is looked for in, ending where it may end: a number said in words is
# several ("dua ribu tujuh belas", heard as "2017")
HEARD_WORD_WORDS = 8
SAME_MOMENT = 1e-3  # seconds: a time this close to an utterance's start is that utterance's
ARCHIVE_TABLES = (
    ("index.csv", "table_index"),
    ("index.parquet", "table_index"),
    ("speakers.parquet", "table_speakers"),
    ("segments.parquet", "table_segments"),
    ("points.parquet", "table_points"),
    ("topics.parquet", "table_topics"),
    ("entities.parquet", "table_entities"),
    ("numbers.parquet", "table_numbers"),
    ("passages.parquet", "table_passages"),
    ("datapackage.json", "table_package"),
)
# The timeline: inches wide, inches per speaker row (plus a margin), the bar's share of its row,
# and about this many minute ticks along a day.
TIMELINE_WIDTH, TIMELINE_ROW, TIMELINE_MARGIN, TIMELINE_BAR = 10, 0.45, 0.5, 0.7
TIMELINE_TICKS = 10
TIMELINE_LABEL_CHARS = 40  # a longer name is cut with "…" on the timeline (the page shows it whole)
# matplotlib's SVG metadata is RDF, which HTML does not allow inline; these keys turn it off.
NO_SVG_METADATA = {"Creator": None, "Date": None, "Format": None, "Type": None}
PACKAGES = ("jinja2", "matplotlib", "av")  # av: the listening copy


class PageRecord(Strict):
    """page.json: how the day's page was made, so a rerun can tell it is up to date: the page's
    sha256, its listening copy's (in `exports`) and the audio.wav that copy was made from; and the
    config file the page names as the one it was made with."""

    # 1.3.0: the config file's sha256 (the page had shown the summary stage's key as the config's hash)
    schema_version: str = schema_version("1.3.0")
    page: FileName
    page_sha256: Sha256
    exports: dict[FileName, Sha256] = exports_field()  # audio.webm
    listening_copy_of: Sha256 | None = Field(
        None, description="sha256 of the audio.wav that the listening copy (audio.webm) was made from"
    )
    # absent before 1.3.0
    config_sha256: Sha256 | None = Field(
        None,
        description="sha256 of the day's config file when the page was made, as the page shows it (each stage's "
        "provenance.config_hash is the sha256 of the config fields that stage reads, its key: not the file's); "
        "null before 1.3.0, and for a config made in code, which has no file",
    )
    provenance: Provenance


@dataclass(frozen=True)
class Token:
    text: str
    probability: float

    @property
    def low(self) -> bool:
        return self.probability < LOW_CONFIDENCE


@dataclass(frozen=True)
class UtteranceView:
    index: int
    start: float
    end: float
    tokens: list[Token]
    language: str | None = None  # decoded in another language than the day's: its `lang`, for screen readers


@dataclass
class TurnView:
    speaker: str
    name: str
    start: float
    utterances: list[UtteranceView]


class Moments:
    """Where in the transcript a time is: the anchor of the utterance spoken then, so that a time
    link jumps there with JavaScript off (and plays from there with it on)."""

    def __init__(self, utterances: list[Utterance]) -> None:
        self.starts = [u.start for u in utterances]

    def anchor(self, seconds: float) -> str:
        index = bisect.bisect_right(self.starts, seconds + SAME_MOMENT) - 1
        return f"u{max(index, 0)}"


def moment(seconds: float) -> str:
    """A time as the page's player and script read it (a link's data-t, an utterance's data-start and
    data-end): the millisecond its shown second is of (artifacts.clock), so that a link labelled
    00:00:59 never plays from 60.00, as "%.2f" had played 59.996 s."""
    return f"{milliseconds(seconds) / 1000:.3f}"


@lru_cache
def _environment(language: str) -> Environment:
    """One environment per page language and process, so each template is compiled once: anew,
    day.html.j2 took 40 ms of CPU on every day's page and index.html.j2 15 ms on every index."""
    env = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["t"] = TEXTS[language]
    env.globals["language"] = language
    env.globals["close_percent"] = percent_beside(CLOSE_MIN)  # a missing point's closest passage is linked from it
    env.globals["listen_percents"] = [percent_beside(share) for share in LISTEN_BETWEEN]
    env.filters["percent_beside"] = percent_beside
    env.filters["quoted_parts"] = lambda span, point: _quoted_parts(env, span, point)
    env.filters["heard_terms"] = lambda point: heard_terms(point, TEXTS[language]["heard_as"])
    env.filters["clock"] = clock
    env.filters["moment"] = moment
    # a quote cut short ends in "…", as the records' (formats.clipped): Jinja's "..." read as the speaker
    # trailing off
    env.filters["truncate"] = lambda text, length=255: do_truncate(env, text, length, end="…")
    env.filters["size"] = lambda size: _size(size, language)
    env.filters["decimal"] = lambda value, digits=1: decimal(value, digits, language)
    env.filters["bdi"] = _isolated
    env.filters["filled"] = _filled
    env.filters["stages_words"] = _quoted_as_written if language == "en" else _in_indonesian
    env.filters["stopped"] = _stopped
    env.filters["quantity_shown"] = _quantity_shown
    env.filters["talk_quantities"] = _talk_quantities
    env.filters["whole_percents"] = whole_percents
    env.filters["stage_label"] = lambda stage: TEXTS[language].get(f"stage_{stage}", stage)
    return env


def chance_thresholds(said_confidence: float) -> list[float]:
    """The shares a point's chance said is shown beside: the closest passage's floor, the day's
    verdict, and where the page asks to listen; its percent is never rounded across one."""
    return [CLOSE_MIN, said_confidence, *LISTEN_BETWEEN]


def _quoted_parts(env: Environment, span: Span, point: ReportPoint) -> list[SpanPart]:
    """A piece of evidence as the page quotes it: each voice's part under its own name, cut to its
    share of QUOTE_CHARS, though not before a word a said point's verdict heard there
    (_cut_after_heard).  Quoted whole under one name, a host's question had read as the guest's
    words (demo-2: "00:00:07 Dr. Ayu Larasati: Bersama kita ..." where the moderator speaks until
    00:00:13), and a quote cut at 160 characters could hide that its last words were another's."""
    parts = span.voices()
    length = max(QUOTE_CHARS // len(parts), QUOTE_PART_CHARS)
    heard = _heard_forms(point) if point.status in ("covered", "partly") else []
    cut = env.filters["truncate"]
    return [part.model_copy(update={"text": _cut_after_heard(part.text, length, heard, cut)}) for part in parts]


def _heard_forms(point: ReportPoint) -> list[str]:
    """The point's heard words as its evidence says them, normalised: the words the talk says a word
    in (heard_as), else the word as the point writes it."""
    return [normalize(point.heard_as.get(word, word)) for word in point.found_terms]


def _cut_after_heard(text: str, length: int, heard: list[str], cut: Callable[[str, int], str]) -> str:
    """`text` cut (`cut`, ending in "…") to `length`, or further on, after the last of the `heard`
    words (normalised) it says beyond that within QUOTE_CHARS more characters; one further on is
    left out of view, as a quote of a 2,000-character window had put all of it on the page.  Cut
    at its share alone, 22 of the 152 said points of the 22 bundled days' ASR quoted evidence that
    stopped before a word their verdict heard there (para-13's point 14: "catatan" heard, its quote
    ending "... selesai, tulis…" before "tulis catatan rasilnya"; docs/compare.md, fifty-seventh
    round).  Each word count's last HEARD_WORD_WORDS words are normalised once, for every heard
    word: the whole text up to each, once per heard word, had taken 67 s on 20,000 characters."""
    quoted = cut(text, length)
    if quoted == text:
        return text
    words = text.split(" ")
    shown = len(quoted.removesuffix("…").split(" "))
    in_view, whole = f" {normalize(' '.join(words[:shown]))} ", f" {normalize(text)} "
    needed = {form for form in heard if form and f" {form} " in whole and f" {form} " not in in_view}
    through, reach = shown, len(" ".join(words[:shown]))
    for count in range(shown + 1, len(words) + 1):
        reach += 1 + len(words[count - 1])
        if not needed or reach > length + QUOTE_CHARS:
            break
        said = f" {normalize(' '.join(words[max(count - HEARD_WORD_WORDS, 0) : count]))} "
        if heard_here := {form for form in needed if f" {form} " in said}:
            needed -= heard_here
            through = count
    # the cut keeps the words before the last space within its length less its "…"
    return quoted if through == shown else cut(text, len(" ".join(words[:through])) + 2)


def heard_terms(point: ReportPoint, heard_as: str) -> list[str]:
    """A point's heard words as the page lists them: each as the point writes it, with the words
    the talk says it in beside it where they differ (`heard_as`, the page's text: "{word} (said:
    {said})"), so that a reader listening for "negaranya" knows to listen for "negara"."""
    return [
        heard_as.format(word=word, said=point.heard_as[word]) if word in point.heard_as else word
        for word in point.found_terms
    ]


def _isolated(name: str) -> Markup:
    """A name beside other text, isolated from its direction: an Arabic name before a time or a
    colon would otherwise take them to its side ("<bdi>محمد</bdi> 00:00:00")."""
    return Markup("<bdi>{}</bdi>").format(name)


def _filled(text: str, **values: str | Markup) -> Markup:
    """One of the page's own texts (TEXTS) with its values, each escaped unless it is markup."""
    return Markup(text).format(**values)


def _in_english(text: str) -> Markup:
    """English on a page in another language, marked so: a screen reader then reads it as English."""
    return Markup('<span lang="en">{}</span>').format(text)


_STAGE_TEXTS = tuple((re.compile(english, re.DOTALL), indonesian) for english, indonesian in STAGE_TEXTS)


def _in_indonesian(text: str) -> Markup:
    """A stage's warning or note, which the stages write (and the records keep) in English, as an
    Indonesian page gives it (page_text.STAGE_TEXTS); one the table does not give, in English."""
    return stage_text_in_indonesian(text) or _in_english(text)


def stage_text_in_indonesian(text: str) -> Markup | None:
    """A stage's English text in Indonesian, its values (a file, names, the report's own words)
    kept; None where page_text.STAGE_TEXTS does not give it."""
    for english, indonesian in _STAGE_TEXTS:
        if match := english.fullmatch(text):
            values: dict[str, str | Markup] = {}
            for name, value in match.groupdict().items():
                if value is None:
                    values[name] = ""
                elif name.startswith("t_"):
                    values[name] = _in_indonesian(value)
                elif name.startswith("en_"):
                    values[name] = _in_english(value)
                elif name.startswith("q_"):
                    values[name] = _as_written(value)
                else:
                    values[name] = value.replace(".", ",") if name.endswith("_decimal") else value
            return Markup.escape(indonesian).format(**values)
    return None


# A text a stage quoted (formats.quoted): a Python string literal, between ' or ", not within a word
# (the apostrophes of "Jum'at dan Ma'ruf")
_PYTHON_LITERAL = re.compile(r"(?<!\w)(?:'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\")(?!\w)")


def _as_written(quoted: str, opening: str = "„", closing: str = "“") -> str:
    """The report's texts a stage's message quotes (formats.quoted, Python's repr: "\\xa0" for a
    no-break space, "\\'" beside both quote marks), each as the report writes it, between the
    page's quote marks („…“ on the Indonesian page, as its heard words; “…” on the English): 17 of
    the 22 bundled days' pages had given their notes' report sentences between ASCII quotes, so
    "'Sesi ditutup dengan tanya jawab.'." (docs/compare.md, fifty-seventh round).  A text that
    only looks like a literal (a hand-edited record's "'\\N'") is left as it is."""

    def as_written(literal: re.Match[str]) -> str:
        try:
            return f"{opening}{ast.literal_eval(literal.group())}{closing}"
        except (ValueError, SyntaxError):
            return literal.group()

    return _PYTHON_LITERAL.sub(as_written, quoted)


def _quoted_as_written(text: str) -> Markup:
    """A stage's English text on the English page, the report's texts it quotes (page_text.STAGE_TEXTS'
    q_ groups, and theirs in its t_ phrases) as written between “…”, as the Indonesian page gives
    them between its own: the English page had shown "'Doa\\xa0penutup ...'"."""
    match = next(filter(None, (english.fullmatch(text) for english, _ in _STAGE_TEXTS)), None)
    if match is None:
        return Markup.escape(text)
    shown, at = Markup(), 0
    for name in sorted((name for name in match.groupdict() if match.start(name) >= 0), key=match.start):
        value = match.group(name)
        shown += text[at : match.start(name)]
        if name.startswith("q_"):
            shown += _as_written(value, "“", "”")
        elif name.startswith("t_"):
            shown += _quoted_as_written(value)
        else:
            shown += value
        at = match.end(name)
    return shown + text[at:]


def _stopped(text: Markup) -> Markup:
    """A sentence of the page with its full stop, unless it ends in one already, before a closing
    quote or a tag too: a note ending in a report's sentence („... tanya jawab.“) had read ".“.",
    one in English on the Indonesian page ".</span>." """
    return text if re.search(r"[.!?…][“”'\"]?$", text.striptags()) else text + "."


def whole_percents(shares: list[float]) -> list[int]:
    """Shares of one whole as whole percentages that add up as the whole does (largest remainder:
    the parts cut furthest from their next percent get it).  Each rounded alone, the speakers' talk
    shares on the bundled days' pages had added up to 99 % (para-4: 17 + 49 + 33) or 101 % (para-12:
    40 + 33 + 28); summary.json keeps them exact."""
    exact = [share * 100 for share in shares]
    whole = [math.floor(part) for part in exact]
    furthest = sorted(range(len(exact)), key=lambda i: exact[i] - whole[i], reverse=True)
    for i in furthest[: round(sum(exact)) - sum(whole)]:
        whole[i] += 1
    return whole


def _quantity_shown(number: PointNumber) -> str:
    """A point's quantity with its unit where the point says one ("5 menit")."""
    return number.stated()


def _talk_quantities(numbers: list[PointNumber]) -> list[str]:
    """What the talk states instead of a point's quantities, each in the point's unit ("2 kali")."""
    return list(dict.fromkeys(n.stated(said) for n in numbers for said in n.talk_says))


def _size(size: int, language: str) -> str:
    return f"{decimal(size / 1e6, 1, language)} MB" if size >= 100_000 else f"{size / 1e3:.0f} kB"


def timeline_svg(
    diarization: Diarization,
    duration: float,
    voices: Mapping[str, ShownVoice] | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> Markup:
    """Who spoke when, one row per speaker, as inline SVG (matplotlib escapes the labels); the
    figure's caption names it (aria-labelledby).  A name the config's order alone gave, or one the
    records doubt, carries its short marks below it (`voices`, in `language`), as everywhere on the
    page but the speakers table.

    A fixed hash salt and no date make the same timeline the same bytes on every rerun.  A bare
    Figure (no pyplot) saves the same bytes, keeps no figure open and leaves the process's
    matplotlib backend alone, for a researcher who imports this module in a notebook.
    """
    import matplotlib
    from matplotlib.figure import Figure

    speakers = diarization.speakers
    figure = Figure(figsize=(TIMELINE_WIDTH, TIMELINE_MARGIN + TIMELINE_ROW * len(speakers)))
    axes = figure.subplots()
    colours = matplotlib.colormaps["tab10"]
    for row, speaker in enumerate(speakers):
        spans = [(t.start, t.end - t.start) for t in diarization.turns if t.speaker == speaker.label]
        axes.broken_barh(spans, (row - TIMELINE_BAR / 2, TIMELINE_BAR), color=colours(row % colours.N))
    marks = {label: f"\n{shown}" for label, voice in (voices or {}).items() if (shown := voice.marks(language))}
    labels = [clipped(s.name, TIMELINE_LABEL_CHARS) + marks.get(s.label, "") for s in speakers]
    axes.set_yticks(range(len(speakers)), labels, parse_math=False)  # "$" is no formula
    axes.set_xlim(0, duration)
    axes.invert_yaxis()
    ticks = range(0, int(duration) + 1, max(60, int(duration / TIMELINE_TICKS) // 60 * 60))
    if duration >= 3600:  # hours and minutes, as every time on the page: "1:06", where "66" minutes had stood
        axes.set_xlabel(TEXTS[language]["hours_minutes"])
        axes.set_xticks(list(ticks), [f"{t // 3600}:{t // 60 % 60:02d}" for t in ticks])
    else:
        axes.set_xlabel(TEXTS[language]["minutes"])
        axes.set_xticks(list(ticks), [f"{t // 60}" for t in ticks])
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": "lokakarya"}), warnings.catch_warnings():
        # A glyph the font lacks (an emoji in a name) is drawn as a box; the page's text has it.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
        warnings.filterwarnings("ignore", message="Tight layout not applied", category=UserWarning)
        figure.tight_layout()
        figure.savefig(buffer, format="svg", metadata=NO_SVG_METADATA)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # drop the XML prolog and doctype for inline use
    return Markup(svg.replace("<svg ", '<svg role="img" aria-labelledby="timeline-caption" ', 1))


def speaker_turns(transcript: Transcript, diarization: Diarization) -> list[TurnView]:
    """Group utterances into turns, keeping each word's confidence for marking (speakers.json
    holds the transcript's words in their order, so a word's index is the same in both)."""
    probabilities = transcript.probabilities()
    names = diarization.names()
    turns: list[TurnView] = []
    for utterance in diarization.utterances:
        tokens = [
            Token(diarization.words[i].word, probabilities[i]) for i in range(utterance.word_start, utterance.word_end)
        ]
        if not turns or turns[-1].speaker != utterance.speaker:
            turns.append(TurnView(utterance.speaker, names[utterance.speaker], utterance.start, []))
        language = transcript.segments[utterance.segment].language
        turns[-1].utterances.append(
            UtteranceView(
                utterance.index,
                utterance.start,
                utterance.end,
                tokens,
                None if language == transcript.language else language,
            )
        )
    return turns


def stage_runs(summary: Summary, paths: DayPaths) -> list[tuple[StageRecord, float]]:
    """The stages that made the day's records and its summary, each with its wall as index.csv has
    it (stages.journal_walls; the record's own where the journal has none): the page had listed the
    records' own walls, and neither the summary stage nor a total."""
    walls = journal_walls(paths)
    return [
        (record, walls.get(record.stage, record.wall_seconds))
        for record in (*summary.provenance.stages, summary.provenance)
    ]


def codes_of(records: list[StageRecord]) -> list[str]:
    """The sha256s of the lokakarya code that ran the stages, each once in the order they ran: more
    than one, and one version string hides builds that differ (r48: download and transcribe on
    a7b2320e, the later stages on 6f33bc6d, all "0.1.0")."""
    return list(dict.fromkeys(code for record in records if (code := record.tools.get("lokakarya-source"))))


def refresh_listening_copy(paths: DayPaths, audio_sha256: str, recorded: str | None = None) -> Path:
    """outputs/<id>/audio.webm for the player, re-encoded only when audio.wav has changed, or when
    it is not the copy `recorded` names (the sha256 page.json holds of a copy made from this same
    audio): the tag naming its audio survives an edit of the rest of the file."""
    if listening_copy_source(paths.listening) != audio_sha256 or (
        recorded is not None and _sha256_or_none(paths.listening) != recorded
    ):
        encode_listening_copy(paths.audio, paths.listening, audio_sha256)
    return paths.listening


def _sha256_or_none(path: Path) -> str | None:
    try:
        return regular_sha256(path)
    except OSError:
        return None


def _recorded_copy(paths: DayPaths, audio_sha256: str) -> str | None:
    """The sha256 the last page.json holds of a listening copy made from this same audio, if any.
    A copy of other audio (the run made a new one beside the transcription) is judged by its tag."""
    try:
        record = read_artifact(paths.page_record, PageRecord, "page")
    except PipelineError:  # none yet, damaged or of another version: nothing to hold the copy to
        return None
    return record.exports.get(paths.listening.name) if record.listening_copy_of == audio_sha256 else None


def captions_data_url(paths: DayPaths) -> str:
    return "data:text/vtt;base64," + base64.b64encode(paths.transcript_vtt.read_bytes()).decode("ascii")


def render_day(config: DayConfig, paths: DayPaths, config_sha256: str | None = None) -> Path:
    """Write outputs/<id>/index.html (and the recording's listening copy) from the day's artifacts,
    naming the config file by `config_sha256` (its sha256 now where not given; a config made in code
    names none)."""
    summary = read_artifact(paths.summary, Summary, "summary")
    day = DayArtifacts.load(config, paths)
    language = config.page_language
    voices = day_voices(day.diarization, day.comparison)  # as the summary stage gave them to the exports
    audio = summary.source.audio_sha256
    refresh_listening_copy(paths, audio, _recorded_copy(paths, audio))
    runs = stage_runs(summary, paths)
    html = (
        _environment(language)
        .get_template("day.html.j2")
        .render(
            summary=summary,
            topics=day.topics,
            comparison=day.comparison,
            chance_thresholds=chance_thresholds(day.comparison.options.said_confidence) if day.comparison else [],
            timeline=timeline_svg(day.diarization, summary.source.duration_seconds, voices, language),
            voices=voices,
            runs=runs,
            codes=[code[:8] for code in codes_of([record for record, _ in runs])],
            config_sha256=config_sha256 or config.config_sha256(),
            turns=speaker_turns(day.transcript, day.diarization),
            anchor=Moments(day.diarization.utterances).anchor,
            captions=captions_data_url(paths),
            audio_size=paths.listening.stat().st_size,
            low_confidence=LOW_CONFIDENCE,
            times_per_topic=TIMES_PER_TOPIC,
        )
    )
    write_atomic(paths.page, html)
    return paths.page


def page(config: DayConfig, paths: DayPaths) -> Path:
    """Write the day's page outputs/<id>/index.html (outputs/index.html over the days is the
    archive tables' page: run, batch and tables write it)."""
    # The page reads summary.json and everything the summary was made from (source.json included).
    inputs = {"summary": paths.summary} | DayArtifacts.files(config, paths)
    provenance = Provenance.begin("page", config.stage_key("page"), inputs, PACKAGES)
    config_sha256 = config.config_sha256()
    page = render_day(config, paths, config_sha256)
    record = PageRecord(
        page=page.name,
        page_sha256=regular_sha256(page),
        exports={paths.listening.name: regular_sha256(paths.listening)},
        listening_copy_of=listening_copy_source(paths.listening),
        config_sha256=config_sha256,
        provenance=provenance.finish(),
    )
    write_artifact(paths.page_record, record)
    return page


@dataclass
class DayEntry:
    """One day on the index page: how its last run ended (or that the tables cannot read it), its
    figures, its files."""

    id: str
    status: str  # "ok", "failed", "unreadable" (left out of the tables), "incomplete" or "running"
    title: str = ""
    language: str = ""  # of the talk, for the title's lang attribute; unknown before a summary
    date: str = ""
    failed_stage: str = ""
    reason: str = ""
    minutes: float | None = None
    speakers: list[ShownVoice] = field(default_factory=list)  # each voice but a song's, with its marks
    words: int | None = None
    covered: int = 0
    partly: int = 0
    points: int = 0
    coverage: float | None = None
    missing: int | None = None
    report_warnings: list[str] = field(default_factory=list)  # what may make its verdicts wrong
    same_audio_as: str = ""  # the day of the same recording, counted in the totals instead
    page: str = ""  # relative href of the day's page, once it has one
    files: list[tuple[str, str]] = field(default_factory=list)  # (text key, relative href)


# the day's files the archive page links (transcript.txt, which reads alone and carries each name's
# whole mark, had been left out: an archivist reached it from the day's page alone)
DAY_FILES = (
    ("file_page", "page"),
    ("file_audio_short", "listening"),
    ("file_txt_short", "transcript_txt"),
    ("file_json_short", "summary"),
    ("file_vtt_short", "transcript_vtt"),
    ("file_srt_short", "transcript_srt"),
)


def day_entry(row: dict, paths: DayPaths) -> DayEntry:
    """A day as the index table has it (`row`, None for an empty cell), with the links to the
    files its folder holds: the archive page says what the tables say, a day left out of
    them (unreadable) or of a failed run included, and a day of the same recording as another
    marked."""
    entry = DayEntry(
        id=row["id"],
        status=row["status"],
        title=row.get("title") or "",
        language=row.get("language") or "",
        date=row["date"].isoformat() if row.get("date") else "",
        failed_stage=row.get("failed_stage") or "",
        reason=row.get("reason") or "",
        same_audio_as=row.get("same_audio_as") or "",
    )
    if row.get("duration_s") is None:  # no figures: not run ok, or running with none from before
        return entry
    entry.minutes = round(row["duration_s"] / 60, 1)
    speaking = [speaker for speaker in row["speakers"] if speaker["named_by"] != "music"]
    entry.speakers = list(
        shown_voices(
            {speaker["label"]: speaker["name"] for speaker in speaking},
            by_order={speaker["label"] for speaker in speaking if speaker.get("name_by_order_alone")},
            doubts={speaker["name"]: speaker["name_doubt"] for speaker in speaking if speaker.get("name_doubt")},
        ).values()
    )
    entry.words = row["words"]
    if row.get("points") is not None:
        entry.covered, entry.partly, entry.points = row["covered"], row["partly"], row["points"]
        entry.missing, entry.coverage = row["missing_points"], row["coverage"]
        entry.report_warnings = [] if row["report_warnings"] is None else list(row["report_warnings"])
    day = paths.root.name
    entry.files = [
        (key, f"{day}/{getattr(paths, name).name}") for key, name in DAY_FILES if _linkable(getattr(paths, name))
    ]
    entry.page = f"{day}/{paths.page.name}" if _linkable(paths.page) else ""
    return entry


def _linkable(path: Path) -> bool:
    """Whether the archive page links a day's file: a regular one alone, as regular_file_there
    finds it; a FIFO, a device, a folder or a link astray there (which the tables name, leaving
    the day out) links nothing, nor does a folder that cannot be looked into: its row is all it shows."""
    try:
        return regular_file_there(path)
    except (PipelineError, OSError):
        return False


def index_page(days: list[DayEntry], language: str, tables: list[str]) -> str:
    """outputs/index.html from the index table's days (day_entry): every day folder (run or tried),
    failed and unreadable ones with the reason, totals, each day's files and the archive tables
    (`tables`: the names of those the archive holds), in one table that sorts by column.  A day of
    the same recording as another is counted once in the totals, as the tables' same_audio_as
    asks.  The tables' refresh writes it together with them (index.write_tables), so the page
    never tells another run than the tables."""
    counted = [d for d in days if not d.same_audio_as]
    totals = {
        "days": len(days),  # an unreadable folder is mostly a real day (a stage run alone, an edited record)
        "ok": sum(d.status == "ok" for d in days),
        "failed": sum(d.status == "failed" for d in days),
        "unreadable": sum(d.status == "unreadable" for d in days),
        "running": sum(d.status == "running" for d in days),
        "hours": decimal(sum(d.minutes or 0 for d in counted) / 60, 1, language),
        "words": sum(d.words or 0 for d in counted),
        "covered": sum(d.covered for d in counted),
        "partly": sum(d.partly for d in counted),
        "points": sum(d.points for d in counted),
        "warned": sum(bool(d.report_warnings) for d in days),  # of each day's own report
    }
    held = [(name, key) for name, key in ARCHIVE_TABLES if name in tables]
    return _environment(language).get_template("index.html.j2").render(days=days, totals=totals, tables=held)
