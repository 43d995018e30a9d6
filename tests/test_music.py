"""Music and singing in the stream: a voice that never pauses as speech does is no speaker."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
import soundfile

from pipeline.diarize import Turn
from pipeline.music import MIN_WINDOWS, frame_levels, quiet_shares, voice_quiet_shares

SR = 16000


def music(seconds: float, seed: int = 0) -> np.ndarray:
    """Chords of harmonic notes under a melody with vibrato, a note every half second: sound that
    goes on, as a song's accompaniment and a singing voice do."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(SR * seconds)) / SR
    sound = np.zeros_like(t)
    for bar in range(int(np.ceil(seconds / 2))):
        root = 110 * 2 ** (rng.integers(0, 12) / 12)
        held = (t >= bar * 2) & (t < bar * 2 + 2.1)
        for ratio in (1, 1.26, 1.5):
            for partial in range(1, 6):
                sound[held] += np.sin(2 * np.pi * root * ratio * partial * t[held]) / partial * 0.1
    notes = 220 * 2 ** (rng.integers(0, 12, size=int(seconds * 2) + 1) / 12)
    pitch = notes[(t * 2).astype(int)] * (1 + 0.01 * np.sin(2 * np.pi * 5.5 * t))
    sound += 0.2 * np.sin(2 * np.pi * np.cumsum(pitch) / SR) * (0.7 + 0.3 * np.exp(-((t * 2) % 1) * 3))
    return (0.3 * sound / np.abs(sound).max()).astype("float32")


def speech(seconds: float, seed: int = 0) -> np.ndarray:
    """Syllables of 0.12-0.25 s with short gaps, a pause of a breath every five, over a faint
    noise floor: the rhythm of talk."""
    rng = np.random.default_rng(seed)
    parts: list[np.ndarray] = []
    syllables = 0
    while sum(map(len, parts)) < seconds * SR:
        length = rng.uniform(0.12, 0.25)
        t = np.arange(int(length * SR)) / SR
        pitch = rng.uniform(100, 180) * (1 + 0.2 * t / length)
        voiced = sum(np.sin(2 * np.pi * np.cumsum(pitch * k) / SR) / k for k in range(1, 8))
        parts += [0.2 * voiced * np.hanning(len(t)), np.zeros(int(rng.uniform(0.05, 0.15) * SR))]
        syllables += 1
        if syllables % 5 == 0:
            parts.append(np.zeros(int(rng.uniform(0.3, 0.6) * SR)))
    talk = np.concatenate(parts)[: int(seconds * SR)]
    return (talk + 0.002 * rng.standard_normal(len(talk))).astype("float32")


def levels_of(tmp_path, sound: np.ndarray) -> np.ndarray:
    path = tmp_path / "sound.wav"
    soundfile.write(path, sound, SR)
    return frame_levels(path)


def test_frame_levels_cover_the_file_ten_ms_apart_read_in_blocks(tmp_path):
    """A level every 10 ms of a file longer than one block of reading, the same as computed whole."""
    sound = speech(75)
    levels = levels_of(tmp_path, sound)
    frames = np.lib.stride_tricks.sliding_window_view(sound.astype(np.float64), 400)[::160]
    whole = np.sqrt(np.mean(frames**2, axis=1))
    assert len(levels) == len(whole) == 1 + (len(sound) - 400) // 160
    np.testing.assert_allclose(levels, whole, atol=1e-4)  # 16-bit PCM on disk


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_speech_pauses_and_music_does_not(tmp_path, seed):
    talk = np.median(quiet_shares(levels_of(tmp_path, speech(30, seed)), 0, 30))
    song = np.median(quiet_shares(levels_of(tmp_path, music(30, seed)), 0, 30))
    assert talk > 0.3 and song < 0.1


def test_speech_over_music_twelve_db_down_is_still_speech(tmp_path):
    """A host speaking over the stream's music bed keeps the pauses of speech."""
    bed = music(30) * (np.sqrt(np.mean(speech(30) ** 2)) / np.sqrt(np.mean(music(30) ** 2))) * 10 ** (-12 / 20)
    assert np.median(quiet_shares(levels_of(tmp_path, speech(30) + bed), 0, 30)) > 0.3


def test_seconds_are_taken_inside_the_turn_and_silence_is_left_out(tmp_path):
    sound = np.concatenate([np.zeros(10 * SR, "float32"), music(10)])
    levels = levels_of(tmp_path, sound)
    assert quiet_shares(levels, 0, 10) == []  # silence is not music
    assert len(quiet_shares(levels, 10, 20)) == 18  # a second every half second, wholly inside
    assert quiet_shares(levels, 12.2, 12.9) == []  # shorter than a second


def test_a_voice_is_judged_on_enough_seconds_only(tmp_path):
    levels = levels_of(tmp_path, music(20))
    short = [Turn(speaker="SPEAKER_00", start=0, end=MIN_WINDOWS / 2)]  # MIN_WINDOWS - 1 seconds
    assert voice_quiet_shares(levels, short) == {}
    turns = [Turn(speaker="SPEAKER_00", start=0, end=4), Turn(speaker="SPEAKER_00", start=6, end=12)]
    assert voice_quiet_shares(levels, turns)["SPEAKER_00"] < 0.1


def diarized(tmp_path, monkeypatch, day_id: str, first: np.ndarray, then: np.ndarray):
    """A made day whose audio is `first` then `then` (12 s at most, as its transcript), each its
    own voice, diarized: (config, paths, result)."""
    from fakes import make_day
    from pipeline.config import DiarizeOptions, load_config
    from pipeline.diarize import Voices, diarize, windows_of

    config_path, paths = make_day(tmp_path / "configs", tmp_path / "out", day_id)
    soundfile.write(paths.audio, np.concatenate([first, then]), SR)
    windows = windows_of((0, (len(first) + len(then))), DiarizeOptions())
    labels = np.array([int(window.start >= len(first)) for window in windows])
    monkeypatch.setattr("pipeline.diarize.prepare_voices", lambda *a, **kw: Voices(windows, labels, True, len(windows)))
    config = load_config(config_path)
    return config, paths, diarize(config, paths)


def test_a_song_opening_the_stream_takes_no_speaker_name(tmp_path, monkeypatch, caplog):
    """The stream opens with a song and then the talk: the song's voice is "Music 1", named by
    music, its words in no topic (the talk's are); the config's first speaker is the first voice that speaks; one
    warning says so, naming the audio."""
    from pipeline.topics import extract_topics

    config, paths, diarization = diarized(tmp_path, monkeypatch, "song-first", music(7), speech(5))
    assert [(s.name, s.named_by) for s in diarization.speakers] == [
        ("Music 1", "music"),
        ("H.E. Chalief Akbar", "order"),
    ]
    assert diarization.speakers[0].words > 0  # the made day's words lie in the song's seconds too
    assert {u.speaker for u in diarization.spoken_utterances()} == {"SPEAKER_01"}
    topics = extract_topics(config, diarization, None)
    assert [bool(s.phrases) for s in topics["per_speaker"]] == [False, True]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1
    assert f"{paths.audio}: music or singing, not a speaker" in warnings[0]
    assert re.search(r"\(SPEAKER_00 \(8 s from 00:00:00\) is Music 1\)$", warnings[0])


def test_a_day_of_music_alone_names_no_speaker_and_stops_at_compare_in_one_line(tmp_path, monkeypatch):
    """Every voice music: each is `Music N`, no config name is given, and the comparison says in
    one line that there is no talk to compare, naming the report."""
    from pipeline.compare import compare_to_report
    from pipeline.files import PipelineError

    config, _, diarization = diarized(tmp_path, monkeypatch, "music-alone", music(5), music(7, seed=1))
    assert [(s.name, s.named_by) for s in diarization.speakers] == [("Music 1", "music"), ("Music 2", "music")]
    with pytest.raises(PipelineError, match=r"no utterances to compare the report with \(only music or singing\)"):
        compare_to_report(config, diarization, None, config.report_path.read_text())


def test_a_song_after_the_talk_is_shown_as_music_through_to_the_page_and_the_tables(tmp_path, monkeypatch):
    """The talk's voice keeps the config's first name; the song after it is `Music 1` in the
    summary, in speakers.parquet (no person) and on the day's page, with a note under its name."""
    import pandas

    from pipeline.compare import compare
    from pipeline.index import write_tables
    from pipeline.page import page
    from pipeline.summary import summarize
    from pipeline.topics import topics

    config, paths, _ = diarized(tmp_path, monkeypatch, "song-after", speech(5), music(7))
    for stage in (topics, compare, summarize, page):
        stage(config, paths)
    summary = json.loads(paths.summary.read_text())
    assert [(s["name"], s["named_by"]) for s in summary["speakers"]] == [
        ("H.E. Chalief Akbar", "order"),
        ("Music 1", "music"),
    ]
    assert "musik atau nyanyian, bukan pembicara" in paths.page.read_text()
    write_tables(tmp_path / "out")
    table = pandas.read_parquet(tmp_path / "out" / "speakers.parquet")
    assert table[["name", "named_by"]].values.tolist() == [["H.E. Chalief Akbar", "order"], ["Music 1", "music"]]
    assert table["person"].isna().tolist() == [False, True]
