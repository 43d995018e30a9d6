"""A day whose model stages' artifacts are written by hand, keyed as the runner expects (and
the diarize stage's saved voice analysis, voices.npz, where a test wants one).

So archive, freshness, search and schema tests run the real summary and page stages (and the
runner's checks) in seconds, without Whisper or CAM++.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

from conftest import write_config, write_tone
from pipeline.artifacts import DayPaths, ModelRecord, Provenance, file_sha256, write_artifact
from pipeline.compare import Comparison, Passage, PointNumber, ReportPoint, Span
from pipeline.config import EXTRA_VOICE, DayConfig, DiarizeOptions, load_config
from pipeline.diarize import (
    Diarization,
    SpeakerStats,
    SpeakerWord,
    Turn,
    Utterance,
    Voices,
    count_estimated,
    rttm_lines,
    save_voices,
    utterances_of,
    voices_key,
    windows_of,
)
from pipeline.download import SourceInfo
from pipeline.records.files import write_atomic
from pipeline.runner import run_day
from pipeline.text.matching import Occurrence
from pipeline.topics import Entity, NumberMention, Phrase, SpeakerTopics, Topics, known_entities
from pipeline.transcribe import Segment, TranscribeProvenance, Transcript, Word, decoding_options

BASE_SHA256 = "ab" * 32

# (speaker, start, text): one transcript segment each.
TALK = [
    (0, 0.0, "Selamat pagi, kita bicara diplomasi digital di masa pandemi."),
    (1, 4.0, "Terima kasih Bapak Duta Besar, kerja sama ekonomi sangat penting."),
    (0, 8.0, "Larasati benar: kedutaan di Aljazaïr memakai media sosial setiap hari."),
]


def segment(start: float, end: float, text: str, words: list[Word] | None = None, **decoded) -> Segment:
    """A transcript segment as Whisper decodes one: `decoded` sets what a test looks at (its scores,
    id or language), the rest plain: the first, Indonesian, sure of speech, not repetitive."""
    plain = {"id": 0, "language": "id", "avg_logprob": -0.2, "no_speech_prob": 0.0, "compression_ratio": 1.0}
    return Segment(start=start, end=end, text=text, words=words or [], **(plain | decoded))


def _provenance(config: DayConfig, stage: str, inputs: dict, model: ModelRecord | None = None) -> Provenance:
    return Provenance.begin(stage, config.stage_key(stage), inputs, (), model).finish()


def write_model_artifacts(config: DayConfig, paths: DayPaths) -> None:
    """source, transcript, speakers, topics and comparison of TALK, as the model stages would."""
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(config.source_path, paths.audio)
    write_artifact(
        paths.source,
        SourceInfo(
            kind="file",
            source=config.source,
            title="talk",
            media_file=config.source_path.name,
            media_sha256=file_sha256(config.source_path),
            duration=12.0,
            advertised_duration=None,
            declared_duration=12.0,
            requested_track=None,
            track=0,
            tracks=1,
            track_choice="the only track",
            channels="mono",
            audio_sha256=file_sha256(paths.audio),
            sample_rate=16000,
            ytdlp=None,
            warnings=[],
            provenance=_provenance(config, "download", {"source": config.source_path}),
        ),
    )
    segments = []
    for number, (_, start, text) in enumerate(TALK):
        tokens = text.split()
        words = [
            Word(start=start + i * 0.4, end=start + i * 0.4 + 0.3, word=" " + token, probability=0.4 if i == 1 else 0.9)
            for i, token in enumerate(tokens)
        ]
        segments.append(
            segment(
                start,
                words[-1].end,
                text,
                words,
                id=number,
                avg_logprob=-0.3,
                no_speech_prob=0.01,
                compression_ratio=1.2,
            )
        )
    write_artifact(
        paths.transcript,
        Transcript(
            language=config.language,
            detected_language="id",
            detected_language_probability=0.97,
            duration=12.0,
            speech_duration=round(sum(segment.end - segment.start for segment in segments), 3),
            pieces=1,
            prompt=None,
            options=decoding_options(config.transcribe),
            segments=segments,
            warnings=[],
            provenance=TranscribeProvenance(
                **_provenance(
                    config,
                    "transcribe",
                    {"audio": paths.audio},
                    ModelRecord(name=config.transcribe.model, source="package", sha256=BASE_SHA256),
                ).model_dump(),
                cpu_threads=config.transcribe.cpu_threads,
            ),
        ),
    )
    labels = [f"SPEAKER_{n:02d}" for n in range(2)]
    words = [
        SpeakerWord(segment=s.id, start=w.start, end=w.end, word=w.word, speaker=labels[speaker])
        for s, (speaker, _, _) in zip(segments, TALK, strict=True)
        for w in s.words
    ]
    turns = [
        Turn(speaker=labels[speaker], start=s.start, end=s.end)
        for s, (speaker, _, _) in zip(segments, TALK, strict=True)
    ]
    names = config.speaker_names()
    diarization = Diarization(
        num_speakers=2,
        count_estimated=True,
        speakers=[
            SpeakerStats(
                label=label,
                name=names[n] if n < len(names) else EXTRA_VOICE.format(n + 1),
                talk_seconds=round(sum(t.end - t.start for t in turns if t.speaker == label), 2),
                words=sum(w.speaker == label for w in words),
                first_seen=turns[n].start,
            )
            for n, label in enumerate(labels)
        ],
        turns=turns,
        words=words,
        utterances=utterances_of(words),
        provenance=_provenance(config, "diarize", {"audio": paths.audio, "transcript": paths.transcript}),
    )
    # The RTTM beside it, recorded, and the voice analysis diarize saves: a rerun of the stage
    # (a damaged RTTM) reads the voices from it instead of loading CAM++.
    diarization.exports = {paths.rttm.name: write_atomic(paths.rttm, rttm_lines(config.id, diarization))}
    write_artifact(paths.speakers, diarization)
    save_day_voices(config, paths, tone_voices(config.diarize))
    said = Occurrence(utterance=0, start=0.0, end=3.5, speaker=labels[0], matched=names[0].lower(), score=100.0)
    heard = said.model_copy(update={"matched": "diplomasi dikital"})
    said_by_name = {names[0]: [said]}
    phrase = Phrase(
        phrase="diplomasi digital", heard=["diplomasi dikital"], score=1.0, count=1, first_time=0.0, occurrences=[heard]
    )
    answered = Phrase(
        phrase="kerja sama ekonomi",
        heard=[],
        score=1.0,
        count=1,
        first_time=4.0,
        occurrences=[
            Occurrence(utterance=1, start=4.0, end=7.9, speaker=labels[1], matched="kerja sama ekonomi", score=100.0)
        ],
    )
    write_artifact(
        paths.topics,
        Topics(
            overall=[phrase],
            # an entry for every voice, as the stage writes them
            per_speaker=[
                SpeakerTopics(speaker=labels[0], name=names[0], phrases=[phrase]),
                SpeakerTopics(speaker=labels[1], name=diarization.speakers[1].name, phrases=[answered]),
            ],
            # every name and term of the config, as the stage lists them (the first speaker's said,
            # the others not), a name of the report the talk does not say, and the "tiga" it states
            entities=[
                Entity(text=text, label=label, origin="config", found=bool(occurrences), occurrences=occurrences)
                for text, label, _ in known_entities(config, None)
                for occurrences in [said_by_name.get(text, [])]
            ]
            + [Entity(text="Kementerian Luar Negeri", label="ORG", origin="report", found=False, occurrences=[])],
            numbers=[
                NumberMention(
                    value="3",
                    is_year=False,
                    utterance=0,
                    start=said.start,
                    end=said.end,
                    speaker=labels[0],
                    context="tiga kali",
                )
            ],
            provenance=_provenance(
                config,
                "topics",
                {"speakers": paths.speakers} | ({"report": config.report_path} if config.report else {}),
            ),
        ),
    )
    if config.report is None:
        return
    span = Span(start=0.0, end=3.5, speaker=labels[0], speaker_name=names[0], text=TALK[0][2], confidence=0.9)
    points = [
        ReportPoint(
            index=0,
            text="Diplomasi digital di masa pandemi dibahas tiga kali.",
            lead_in=None,
            attributed_to=names[0],
            status="covered",
            confidence=0.9,
            score=0.61,
            evidence=[span],
            found_terms=["diplomasi", "digital"],
            missing_terms=["3"],
            numbers=[PointNumber(value="3", unit="kali", heard=False, talk_says=["2"], mentions=[])],
            speaker_agrees=True,
        ),
        ReportPoint(
            index=1,
            text="Pariwisata halal juga dibahas panjang.",
            lead_in=None,
            attributed_to=None,
            status="missing",
            confidence=0.1,
            score=0.12,
            evidence=[span.model_copy(update={"confidence": 0.1})],
            found_terms=[],
            missing_terms=["wisata", "halal"],
            numbers=[],
            speaker_agrees=None,
        ),
    ]
    write_artifact(
        paths.comparison,
        Comparison(
            report=str(config.report),
            options=config.compare,
            points=points,
            covered=1,
            partly=0,
            missing=1,
            narration=0,
            coverage=0.5,
            warnings=[],
            entities=[],
            numbers=[],
            talk_only_topics=[],
            unreported_passages=[
                Passage(
                    start=8.0,
                    end=diarization.utterances[2].end,  # a passage quotes its utterances, to their end
                    speaker=labels[0],
                    speaker_name=names[0],
                    text=TALK[2][2],
                    best_confidence=0.2,
                    utterances=[2],
                )
            ],
            housekeeping_passages=[
                Passage(
                    start=4.0,
                    end=diarization.utterances[1].end,
                    speaker=labels[1],
                    speaker_name=names[1] if len(names) > 1 else EXTRA_VOICE.format(2),
                    text=TALK[1][2],
                    best_confidence=0.1,
                    utterances=[1],
                )
            ],
            provenance=_provenance(
                config, "compare", {"report": config.report_path, "speakers": paths.speakers, "topics": paths.topics}
            ),
        ),
    )


def make_day(folder: Path, outputs: Path, day_id: str = "test-day", **fields) -> tuple[Path, DayPaths]:
    """A config in folder (its own subfolder per day) and the day's artifacts under outputs,
    summary and page made by a real `run_day`; returns (config path, paths).

    Each distinct day is made once per test process and copied after that: the artifacts are
    keyed by content hashes, so a copy is up to date where it lands (0.25 s a day saved, ~60 days
    in the fast tier)."""
    key = json.dumps([day_id, fields], sort_keys=True)
    if key not in _MADE:
        template = Path(tempfile.mkdtemp(prefix="lokakarya-day-"))
        atexit.register(shutil.rmtree, template, ignore_errors=True)
        _make_day(template / "configs", template / "outputs", day_id, **fields)
        _MADE[key] = template
    template = _MADE[key]
    shutil.copytree(template / "configs" / day_id, folder / day_id, symlinks=True, dirs_exist_ok=True)
    shutil.copytree(template / "outputs" / day_id, outputs / day_id, symlinks=True, dirs_exist_ok=True)
    return folder / day_id / "day.yaml", DayPaths.for_day(outputs, day_id)


_MADE: dict[str, Path] = {}  # (day id, fields) -> the folder where that day was first made

# Speakers the bundled day-10 report does not name: given that report, a day's comparison warns.
OTHER_SPEAKERS = [{"name": "Drs. Hendarto Wibisono, M.A."}, {"name": "Dr. Maya Puspitasari, M.Si."}]


def make_day_of_another_report(folder: Path, outputs: Path, day_id: str = "other-speakers") -> DayPaths:
    """A made day of OTHER_SPEAKERS whose comparison, summary and page are made by the real
    stages (make_day's comparison is written, not compared), so that they warn of another day's report."""
    from pipeline.runner import run_stage
    from pipeline.stages import STAGES

    config_path, paths = make_day(folder, outputs, day_id, speakers=OTHER_SPEAKERS)
    config = load_config(config_path)
    for stage in STAGES:
        if stage.name in ("compare", "summary", "page"):
            run_stage(stage, config, paths)  # journaled, as a run's: the records are the stages' own
    return paths


def _make_day(folder: Path, outputs: Path, day_id: str, **fields) -> None:
    folder = folder / day_id
    folder.mkdir(parents=True, exist_ok=True)
    write_tone(folder / "talk.wav", seconds=12.0)  # as long as the records made of it say
    fields.setdefault(
        "speakers",
        [
            {"name": "H.E. Chalief Akbar", "role": "Duta Besar RI di Aljazair"},
            {"name": "Dr. Ayu Larasati, S.Sos., M.Ikom."},
        ],
    )
    config = load_config(write_config(folder, id=day_id, **fields))
    paths = DayPaths.for_day(outputs, day_id)
    write_model_artifacts(config, paths)
    list(run_day(config, paths))


def tone_voices(options: DiarizeOptions | None = None) -> Voices:
    """A voice analysis of the first 2 s of the tone of a made day (write_tone): two windows, two voices."""
    options = options or DiarizeOptions()
    windows = windows_of((0, 2 * 16000), options)
    labels = np.arange(len(windows)) % 2
    return Voices(windows, labels, estimated=count_estimated(labels, options), speech_windows=len(windows))


def save_day_voices(config: DayConfig, paths: DayPaths, voices: Voices) -> None:
    """voices.npz as the diarize stage would save it for this day's audio and options."""
    save_voices(paths.voices, voices, voices_key(file_sha256(paths.audio), config.diarize))


def edit_voices(path: Path, change, keep_digest: bool = False) -> None:
    """Edit the arrays of a voices.npz in place, as one would by hand: `change` gets them by name.
    The digest is computed anew (an editor who knows it), unless keep_digest; a file of a layout
    without one gets none."""
    with np.load(path, allow_pickle=False) as saved:
        arrays = dict(saved)
    change(arrays)
    if "digest" in arrays and not keep_digest and {"windows", "labels", "estimated", "speech_windows"} <= set(arrays):
        from pipeline.diarize import voices_digest

        arrays["digest"] = np.array(voices_digest(str(arrays["key"]), arrays))
    with open(path, "wb") as handle:
        np.savez(handle, **arrays)


ANOTHER_RUN_STARTED_AT = "2001-01-01T00:00:00.000000Z"


def edit_words(root: Path, change) -> None:
    """Change a day's words as ASR would have written them: `change(index, word)` for each word in
    transcript.json and in speakers.json, whose utterances are made of them again and whose record
    names the new transcript (an edit of speakers.json alone shows two talks, and is refused).
    Each record is another run's, with a start of its own that no journal entry holds: the same
    start with other bytes would be a hand edit, which the run makes again."""

    def edit(path: Path, apply) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        apply(data)
        data["provenance"]["started_at"] = ANOTHER_RUN_STARTED_AT
        path.write_text(json.dumps(data), encoding="utf-8")

    def transcript(data: dict) -> None:
        for i, word in enumerate(w for segment in data["segments"] for w in segment["words"]):
            word.update(word=change(i, word["word"]))

    def speakers(data: dict) -> None:
        for i, word in enumerate(data["words"]):
            word.update(word=change(i, word["word"]))
        for u in data["utterances"]:
            u.update(text="".join(w["word"] for w in data["words"][u["word_start"] : u["word_end"]]).strip())
        data["provenance"]["inputs"]["transcript"] = file_sha256(root / "transcript.json")

    edit(root / "transcript.json", transcript)
    edit(root / "speakers.json", speakers)


def talk(*lines: tuple[int, str]) -> list[Utterance]:
    """Utterances of (voice number, text), five seconds each."""
    return [
        Utterance(
            index=i,
            segment=i,
            speaker=f"SPEAKER_{v:02d}",
            start=5.0 * i,
            end=5.0 * i + 4,
            text=t,
            word_start=0,
            word_end=1,
        )
        for i, (v, t) in enumerate(lines)
    ]
