"""Small functions on their own: freshness, the transcription checkpoint, piece planning, word
speakers, topic phrase selection and the caption writers' exact output."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile

from conftest import RUNS_ON, ended_pid
from fakes import make_day, segment
from pipeline.artifacts import Provenance
from pipeline.config import TranscribeOptions, load_config
from pipeline.diarize import Diarization, SpeakerStats, SpeakerWord, Turn, rttm_lines, speaker_at, utterances_of
from pipeline.exports.captions import srt, webvtt
from pipeline.media.audio import plan_pieces
from pipeline.records.files import PipelineError, remove_stale_temporaries, replace_if_different, write_atomic
from pipeline.runner import staleness
from pipeline.stages import STAGES
from pipeline.text.phrase_readings import Vocabulary, title_phrases
from pipeline.topics import select_phrases
from pipeline.transcribe import Checkpoint, Segment, Word, _CheckpointHeader
from pipeline.voices.shown_voices import shown_voices

RATE = 16000
SUMMARY = next(stage for stage in STAGES if stage.name == "summary")


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    folder = tmp_path_factory.mktemp("units")
    config_path, paths = make_day(folder / "configs", folder / "outputs")
    return load_config(config_path), paths


def _rewrite_provenance(path, **changes):
    data = json.loads(path.read_text())
    data["provenance"].update(changes)
    path.write_text(json.dumps(data))


def test_up_to_date_after_a_run(day):
    config, paths = day
    assert all(staleness(stage, config, paths) is None for stage in STAGES if stage.applies(config))


@pytest.mark.parametrize("damage", ["missing", "torn", "no-provenance", "other-version", "other-config", "other-input"])
def test_not_up_to_date(day, tmp_path, damage):
    config, paths = day
    original = paths.summary.read_bytes()
    try:
        if damage == "missing":
            paths.summary.unlink()
        elif damage == "torn":
            paths.summary.write_bytes(original[: len(original) // 2])
        elif damage == "no-provenance":
            paths.summary.write_text("{}")
        elif damage == "other-version":
            _rewrite_provenance(paths.summary, tools={"lokakarya": "0.0.1"})
        elif damage == "other-config":
            _rewrite_provenance(paths.summary, config_hash="0" * 64)
        else:
            _rewrite_provenance(paths.summary, inputs={"transcript": "0" * 64})
        assert staleness(SUMMARY, config, paths) is not None
    finally:
        paths.summary.write_bytes(original)
    assert staleness(SUMMARY, config, paths) is None


def _segments(piece: int) -> list[Segment]:
    word = Word(start=piece, end=piece + 0.5, word=" kata", probability=0.9)
    return [segment(piece, piece + 0.5, "kata", [word])]


def _header(sha: str = "ab" * 32) -> _CheckpointHeader:
    return _CheckpointHeader(
        audio_sha256=sha, options=TranscribeOptions().model_dump_json(), pieces=[(0, RATE), (RATE, 2 * RATE)]
    )


def test_checkpoint_resumes_finished_pieces(tmp_path):
    path = tmp_path / "transcript.checkpoint.jsonl"
    Checkpoint(path, _header()).record(0, _segments(0))
    resumed = Checkpoint(path, _header())
    assert list(resumed.done) == [0] and resumed.done[0] == _segments(0)


def test_checkpoint_drops_a_torn_line_and_keeps_what_came_before(tmp_path):
    path = tmp_path / "transcript.checkpoint.jsonl"
    checkpoint = Checkpoint(path, _header())
    checkpoint.record(0, _segments(0))
    with open(path, "a") as handle:
        handle.write('{"piece": 1, "segm')  # killed mid-line
    resumed = Checkpoint(path, _header())
    assert list(resumed.done) == [0]
    resumed.record(1, _segments(1))
    assert list(Checkpoint(path, _header()).done) == [0, 1]


def test_checkpoint_of_other_audio_starts_afresh(tmp_path):
    path = tmp_path / "transcript.checkpoint.jsonl"
    Checkpoint(path, _header()).record(0, _segments(0))
    assert Checkpoint(path, _header("cd" * 32)).done == {}
    assert len(path.read_text().splitlines()) == 1  # the new header only


def test_checkpoint_resumes_on_another_thread_count_not_on_other_decoding(tmp_path):
    """A run stopped on one thread resumes its pieces on four (the words are the same on any
    count); a beam of another size decodes otherwise and starts afresh."""
    from pipeline.transcribe import checkpoint_options, decoding_options

    def header(**options) -> _CheckpointHeader:
        decoding = decoding_options(TranscribeOptions(**options))
        return _header().model_copy(update={"options": checkpoint_options(decoding, None, "id")})

    path = tmp_path / "transcript.checkpoint.jsonl"
    Checkpoint(path, header(cpu_threads=1)).record(0, _segments(0))
    assert list(Checkpoint(path, header(cpu_threads=4)).done) == [0]
    assert Checkpoint(path, header(cpu_threads=4, beam_size=3)).done == {}


def test_checkpoint_options_keep_the_prompt_and_the_language_apart():
    """The options were the prompt and the language joined end to end: two runs whose prompt and
    language spelled the same text together (a prompt of "" and none too) resumed each other's
    pieces.  Each is its own part now."""
    from pipeline.transcribe import checkpoint_options, decoding_options

    decoding = decoding_options(TranscribeOptions())
    runs = [("Budi, Sari", "id"), ("Budi, Sarii", "d"), ("", "id"), (None, "id")]
    assert len({checkpoint_options(decoding, prompt, language) for prompt, language in runs}) == len(runs)
    assert json.loads(checkpoint_options(decoding, "Budi", "id"))[1:] == ["Budi", "id"]


def _write_audio(path, seconds: float, quiet: tuple[float, float] | None = None):
    rng = np.random.default_rng(0)
    samples = 0.3 * rng.standard_normal(int(seconds * RATE)).astype("float32")
    if quiet:
        samples[int(quiet[0] * RATE) : int(quiet[1] * RATE)] = 0
    soundfile.write(path, samples, RATE)
    return path


def test_a_short_recording_is_one_piece(tmp_path):
    audio = _write_audio(tmp_path / "a.wav", 3)
    assert plan_pieces(audio, 10) == [(0, 3 * RATE)]


def test_pieces_cover_the_recording_and_cut_in_the_quiet(tmp_path):
    audio = _write_audio(tmp_path / "a.wav", 25, quiet=(8.5, 9.0))
    pieces = plan_pieces(audio, 10)
    assert pieces[0] == (0, int(8.75 * RATE))  # the middle of the quietest half second
    assert all(end - start <= 10 * RATE for start, end in pieces)
    assert all(before[1] == after[0] for before, after in itertools.pairwise(pieces))
    assert pieces[-1][1] == 25 * RATE


TURNS = [
    Turn(speaker="A", start=0.0, end=2.0),
    Turn(speaker="B", start=2.0, end=4.0),
    Turn(speaker="A", start=6.0, end=8.0),
]
STARTS = [turn.start for turn in TURNS]


@pytest.mark.parametrize(
    "start, end, expected",
    [
        (0.5, 0.9, "A"),  # inside a turn
        (1.8, 2.5, "B"),  # across a change: the larger overlap wins
        (4.2, 4.5, "B"),  # in a gap: the nearest turn
        (5.6, 5.8, "A"),
        (9.0, 9.5, "A"),  # after the last turn
    ],
)
def test_speaker_at(start, end, expected):
    assert speaker_at(TURNS, STARTS, start, end) == expected


def test_utterances_name_their_words():
    words = [
        SpeakerWord(segment=segment, start=i, end=i + 0.5, word=f" w{i}", speaker=speaker)
        for i, (segment, speaker) in enumerate([(0, "A"), (0, "A"), (0, "B"), (1, "B"), (1, "A")])
    ]
    utterances = utterances_of(words)
    assert [(u.word_start, u.word_end) for u in utterances] == [(0, 2), (2, 3), (3, 4), (4, 5)]
    assert [u.text for u in utterances] == ["w0 w1", "w2", "w3", "w4"]


def test_rttm_keeps_each_name_one_field():
    speakers = [
        SpeakerStats(label=label, name=name, talk_seconds=1.0, words=0, first_seen=0.0)
        for label, name in (("A", "Dr. Ayu\tLara  sati"), ("B", "Nama\nBaru"))
    ]
    diarization = Diarization(
        num_speakers=2,
        count_estimated=False,
        speakers=speakers,
        turns=TURNS[:2],
        words=[],
        utterances=[],
        provenance=Provenance.begin("diarize", "0" * 64, {}),
    )
    assert rttm_lines("demo", diarization) == (
        "SPEAKER demo 1 0.000 2.000 <NA> <NA> Dr._Ayu_Lara_sati <NA> <NA>\n"
        "SPEAKER demo 1 2.000 2.000 <NA> <NA> Nama_Baru <NA> <NA>\n"
    )


def _utterances(texts: list[str]):
    words = [
        SpeakerWord(segment=i, start=2.0 * i, end=2.0 * i + 1, word=" " + text, speaker="A")
        for i, text in enumerate(texts)
    ]
    return utterances_of(words), texts


def test_select_phrases_keeps_said_phrases_in_the_days_spelling():
    utterances, normalized = _utterances(
        ["diplomasi dikital itu penting", "diplomasi dikital lagi", "kerja sama", "kerja sama ekonomi", "salam"]
    )
    vocabulary = Vocabulary(
        {1: ["diplomasi", "digital"], 2: ["diplomasi digital", "kerja sama"], 3: []},
        frozenset({"diplomasi", "digital", "kerja", "sama"}),
    )
    ranked = [("diplomasi dikital", 0.9), ("kerja sama", 0.8), ("diplomasi", 0.7), ("salam", 0.6)]
    phrases = select_phrases(ranked, utterances, normalized, top_n=5, min_count=2, vocabulary=vocabulary)
    assert [(p.phrase, p.heard, p.count) for p in phrases] == [
        ("diplomasi digital", ["diplomasi dikital"], 2),
        ("kerja sama", [], 2),
    ]
    assert phrases[0].first_time == 0.0 and [o.utterance for o in phrases[1].occurrences] == [2, 3]
    # "diplomasi" is inside a phrase already kept; "salam" is said once


def test_select_phrases_stops_at_top_n():
    utterances, normalized = _utterances(["kerja sama", "kerja sama", "diplomasi", "diplomasi"])
    vocabulary = Vocabulary({1: ["diplomasi"], 2: ["kerja sama"], 3: []}, frozenset({"diplomasi", "kerja", "sama"}))
    phrases = select_phrases(
        [("kerja sama", 0.9), ("diplomasi", 0.8)], utterances, normalized, top_n=1, min_count=2, vocabulary=vocabulary
    )
    assert [p.phrase for p in phrases] == ["kerja sama"]


def test_title_phrases_are_the_reports_first_line():
    title = title_phrases("\n  \nStrategi Diplomasi Digital di Masa Pandemi\n\nDiplomasi budaya dibahas juga.")
    assert {"diplomasi digital", "strategi diplomasi digital", "pandemi"} <= title
    assert "diplomasi budaya" not in title and title_phrases(None) == frozenset()
    # a title quoting its theme: the quote, not the series' name around it
    quoting = title_phrases(
        "WORKSHOP ONLINE DIPLOMASI DAN PUBLIK SPEAKING (HARI KE-7) “Public Speaking bagi Diplomat Muda”"
    )
    assert {"public speaking", "diplomat muda"} <= quoting and "publik speaking" not in quoting


def test_select_phrases_lists_a_title_phrase_said_once():
    # the title's subject said whole once (a term, hyphened as the stage reads it) is the day's topic;
    # a word of the title alone said once is not
    utterances, normalized = _utterances(["diplomasi-digital itu penting", "saat pandemi", "kerja sama", "kerja sama"])
    vocabulary = Vocabulary(
        {1: ["digital", "diplomasi", "pandemi"], 2: ["diplomasi digital", "kerja sama"], 3: []},
        frozenset({"diplomasi", "digital", "kerja", "sama", "pandemi"}),
        terms=("diplomasi digital",),
        title=title_phrases("Diplomasi Digital di Masa Pandemi"),
    )
    ranked = [("kerja sama", 0.9), ("diplomasi-digital", 0.8), ("pandemi", 0.7)]
    phrases = select_phrases(ranked, utterances, normalized, top_n=5, min_count=2, vocabulary=vocabulary)
    assert [(p.phrase, p.count) for p in phrases] == [("kerja sama", 2), ("diplomasi digital", 1)]
    untitled = Vocabulary(vocabulary.phrases, vocabulary.words, terms=vocabulary.terms)
    assert [p.phrase for p in select_phrases(ranked, utterances, normalized, 5, 2, untitled)] == ["kerja sama"]


CAPTION_WORDS = [
    SpeakerWord(segment=0, start=3600 + 0.5 * i, end=3600 + 0.5 * i + 0.4, word=f" {w}", speaker="S1")
    for i, w in enumerate(["Selamat", "pagi", "semua."])
]


def test_webvtt_writer_exact():
    # on screen as long as the SRT's cue, whose name ("Ayu <Larasati>: ") is read too: one layout for both
    assert webvtt(CAPTION_WORDS, shown_voices({"S1": "Dr. Ayu <Larasati>"}), duration=RUNS_ON) == (
        "WEBVTT\n\n01:00:00.000 --> 01:00:01.750\n<v Dr. Ayu &lt;Larasati&gt;>Selamat pagi semua.\n"
    )


def test_srt_writer_exact():
    # 33 characters with the name: on screen 1.65 s, to be read at 20 a second
    assert srt(CAPTION_WORDS, shown_voices({"S1": "Dr. Ayu Larasati, S.Sos."}), duration=RUNS_ON) == (
        "1\n01:00:00,000 --> 01:00:01,650\nAyu Larasati: Selamat pagi semua.\n\n"
    )


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="zombies are read from /proc")
def test_temporaries_of_killed_and_zombie_writers_are_removed(tmp_path):
    """A writer that ended unreaped (a zombie) left its temporary for good; a running one keeps it."""
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])  # not waited for: it stays a zombie
    stat = Path(f"/proc/{zombie.pid}/stat")
    deadline = time.monotonic() + 60  # a guard: the child ends in 0.2 s at load 10
    while stat.read_text().rsplit(")", 1)[1].split()[0] != "Z" and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        for name, pid in (("zombie", zombie.pid), ("running", os.getpid()), ("gone", ended_pid())):
            (tmp_path / f".{name}.json.{pid}.tmp").write_text("{")
        remove_stale_temporaries(tmp_path)
        assert [p.name for p in tmp_path.iterdir()] == [f".running.json.{os.getpid()}.tmp"]
    finally:
        zombie.wait()


def test_only_temporaries_named_as_lokakarya_names_them_are_removed(tmp_path):
    """A user's dot-file that only looks like a temporary (a date or a huge number where the pid
    goes, a digit that is not ASCII, a leading zero) and a folder so named are left alone; a
    huge number had stopped every run with an OverflowError, a '²' with a ValueError."""
    gone = ended_pid()
    kept = [".notes.20240101123045.tmp", ".mynotes.20240101.tmp", ".x.\u00b2.tmp", ".x.\u0663.tmp"]
    kept.append(f".x.0{gone}.tmp")
    for name in kept:
        (tmp_path / name).write_text("mine")
    (tmp_path / f".folder.{gone}.tmp").mkdir()
    (tmp_path / f".index.html.{gone}.tmp").write_text("<p")
    remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, f".folder.{gone}.tmp"])


def test_write_atomic_replaces_a_link_instead_of_writing_through_it(tmp_path):
    """A link where a file goes was kept when its target held the same bytes (and written
    through otherwise): the file replaces the link, and what it led to is left alone."""
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("same")
    target = tmp_path / "day" / "transcript.txt"
    target.parent.mkdir()
    target.symlink_to(elsewhere)
    assert write_atomic(target, "same") == hashlib.sha256(b"same").hexdigest()
    assert not target.is_symlink() and target.read_text() == "same" and elsewhere.read_text() == "same"


def test_write_atomic_takes_away_an_empty_folder_and_names_one_that_holds_files(tmp_path):
    target = tmp_path / "index.html"
    target.mkdir()
    write_atomic(target, "<p>")
    assert target.read_text() == "<p>"
    target.unlink()
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    with pytest.raises(PipelineError, match=r"index\.html: a folder stands where this file goes and holds files"):
        write_atomic(target, "<p>")
    assert (target / "notes.txt").read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]  # no temporary left


@pytest.mark.parametrize("holds_files", [False, True])
def test_write_together_looks_at_every_target_before_any_rename(tmp_path, holds_files):
    """A folder where the second file goes (one that appeared after the caller looked): an empty one
    is taken away and both written; one holding files is named before any rename, the first file
    as it was, where it had been replaced and the second not."""
    from pipeline.records.files import write_together

    first, second = tmp_path / "index.parquet", tmp_path / "index.csv"
    first.write_bytes(b"old")
    second.mkdir()
    if not holds_files:
        write_together({first: b"new", second: b"rows"})
        assert first.read_bytes() == b"new" and second.read_bytes() == b"rows"
        return
    (second / "notes.txt").write_text("mine")
    with pytest.raises(PipelineError, match=r"index\.csv: a folder stands where this file goes and holds files"):
        write_together({first: b"new", second: b"rows"})
    assert first.read_bytes() == b"old" and (second / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.csv", "index.parquet"]  # no temporary left


def test_write_lock_holder_names_the_lock_when_emptying_it_fails(tmp_path, monkeypatch):
    """On a full disk the pid is not written and the lock emptied; a failing disk there too is one
    error naming the lock, not a bare OSError."""
    import errno

    from pipeline.records.files import write_lock_holder

    lock = tmp_path / ".lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT)
    truncations = []

    def failing_disk(fd, length):
        truncations.append(length)
        if len(truncations) == 2:  # the emptying after the pid found no room
            raise OSError(errno.EIO, os.strerror(errno.EIO))

    def no_room(fd, data, offset):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "ftruncate", failing_disk)
    monkeypatch.setattr(os, "pwrite", no_room)
    try:
        with pytest.raises(PipelineError, match=rf"{lock}: could not write: {os.strerror(errno.EIO)}"):
            write_lock_holder(fd, lock)
    finally:
        os.close(fd)


def test_write_atomic_keeps_a_regular_file_that_holds_the_bytes(tmp_path):
    target = tmp_path / "transcript.vtt"
    write_atomic(target, "WEBVTT\n")
    os.utime(target, ns=(1, 1))
    write_atomic(target, "WEBVTT\n")
    assert target.stat().st_mtime_ns == 1


def test_replace_if_different_tells_whether_it_replaced_the_file(tmp_path):
    """A file that already holds the bytes is left untouched and counts as no write (a run's
    status.json saying what it said: runner.StatusWrites)."""
    target = tmp_path / "status.json"
    assert replace_if_different(target, b"{}")
    assert not replace_if_different(target, b"{}")
    assert replace_if_different(target, b"[]") and target.read_bytes() == b"[]"


@pytest.mark.parametrize(
    "said, expected",
    [
        ([("A", 0.0, 10.0)], 0.5),  # B's ten seconds missed: half the true speech
        ([("A", 0.0, 10.0), ("B", 0.0, 10.0)], 0.0),
        ([("B", 0.0, 10.0)], 0.5),
        ([("A", 0.0, 10.0), ("A", 0.0, 10.0), ("B", 0.0, 10.0)], 0.0),  # one voice given twice speaks once
    ],
    ids=["one-of-the-two", "both", "the-other-one", "one-given-twice"],
)
def test_der_counts_both_speakers_of_two_truth_turns_of_the_same_times(said, expected):
    """Overlapping speech written as two truth turns of exactly the same times: pyannote's
    `annotation[segment] = label` is one track per segment, so the second had taken the first's
    place, one speaker dropped without a word (DER 0 for a diarization that hears only one)."""
    from types import SimpleNamespace

    from pipeline.evaluate import der
    from pipeline.truth import Truth

    truth = Truth.model_validate(
        {
            "turns": [
                {"speaker": "A", "start": 0.0, "end": 10.0, "text": "kami bicara bersama"},
                {"speaker": "B", "start": 0.0, "end": 10.0, "text": "saya juga bicara"},
            ]
        }
    )
    heard = SimpleNamespace(turns=[Turn(speaker=s, start=start, end=end) for s, start, end in said])
    assert der(truth, heard, collar=0.0) == pytest.approx(expected)
