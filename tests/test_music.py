"""Music and singing in the stream: a voice that never pauses as speech does is no speaker."""

from __future__ import annotations

import json

import numpy as np
import pytest
import soundfile

from pipeline.diarize import Turn
from pipeline.voices.music import (
    MIN_WINDOWS,
    MUSIC_QUIET_SHARE,
    above_floor,
    frame_levels,
    quiet_shares,
    voice_quiet_shares,
)

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
    assert voice_quiet_shares(levels, turns)["SPEAKER_00"] < MUSIC_QUIET_SHARE


AMBASSADOR = {"name": "H.E. Chalief Akbar", "role": "Duta Besar RI di Aljazair"}


def diarized(tmp_path, monkeypatch, day_id, first, then, speakers=(AMBASSADOR,), estimated=True, **options):
    """A made day whose audio is `first` then `then` (12 s at most, as its transcript), each its
    own voice as the voice analysis finds them (their count estimated, or given), diarized with
    these speakers and diarize options: (config, paths, result)."""
    from fakes import make_day
    from pipeline.config import DiarizeOptions, load_config
    from pipeline.diarize import Voices, diarize, windows_of

    diarize_options = options | ({} if estimated else {"num_speakers": 2})
    config_path, paths = make_day(
        tmp_path / "configs", tmp_path / "out", day_id, speakers=list(speakers), diarize=diarize_options
    )
    soundfile.write(paths.audio, np.concatenate([first, then]), SR)
    windows = windows_of((0, (len(first) + len(then))), DiarizeOptions())
    labels = np.array([int(window.start >= len(first)) for window in windows])
    voices = Voices(windows, labels, estimated, len(windows))
    monkeypatch.setattr("pipeline.diarize.prepare_voices", lambda *a, **kw: voices)
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
    assert warnings[0].endswith(
        "(SPEAKER_00 (8 s from 00:00:00) is Music 1); "
        "if a speaker talks over music there, set diarize.detect_music: false"
    )


def test_a_day_of_music_alone_stops_at_diarize_in_one_line(tmp_path, monkeypatch):
    """Every voice music: one line naming the audio says no speech was heard (not that the config
    names too many speakers), and how to take it for speech over music."""
    from pipeline.records.files import PipelineError

    with pytest.raises(
        PipelineError, match=r"audio\.wav: only music or singing was heard \(2 voice\(s\), 12 s\), no speech"
    ):
        diarized(tmp_path, monkeypatch, "music-alone", music(5), music(7, seed=1))


def test_a_speaker_over_music_is_a_speaker_where_the_config_says_so(tmp_path, monkeypatch):
    """diarize.detect_music: false takes every voice for speech (a talk over music throughout);
    the saved voice analysis does not depend on it."""
    from pipeline.config import DiarizeOptions
    from pipeline.diarize import voices_key

    _, _, diarization = diarized(tmp_path, monkeypatch, "over-music", music(7), speech(5), detect_music=False)
    assert [(s.name, s.named_by) for s in diarization.speakers] == [
        ("H.E. Chalief Akbar", "order"),
        ("Speaker 2", "order"),
    ]
    assert voices_key("0" * 64, DiarizeOptions(detect_music=False)) == voices_key("0" * 64, DiarizeOptions())


def test_a_count_given_for_the_speakers_names_none_less_for_a_song(tmp_path, monkeypatch):
    """From an audit: `diarize.num_speakers` given as the speakers' count, a song takes one of
    the voices; one line says so, which voice, and what to set, instead of a name silently left out."""
    from pipeline.records.files import PipelineError

    two = [AMBASSADOR, {"name": "Dr. Ayu Larasati, S.Sos., M.Ikom."}]
    with pytest.raises(
        PipelineError,
        match=r"names 2 speakers but .*audio\.wav has 1 distinct voice\(s\), besides 1 taken for music or singing "
        r"\(SPEAKER_00, 8 s from 00:00:00; if it speaks, set diarize\.detect_music: false\); "
        r"remove the extra names or set diarize\.num_speakers: 3",
    ):
        diarized(tmp_path, monkeypatch, "count-given", music(7), speech(5), two, estimated=False)


def test_voices_are_named_in_the_order_they_first_speak(tmp_path):
    """A wordless second of the intro's music given to a speaker's voice does not make that voice
    the first (it took the moderator's name so); a first turn Whisper wrote no word for counts
    where it sounds like speech (a noisy or quiet opening: an audit), as does a turn too short to
    judge; music is in no order."""
    from pipeline.diarize import SpeakerWord, speaking_order

    path = tmp_path / "sound.wav"
    soundfile.write(path, np.concatenate([music(3), speech(3), np.zeros(4 * SR, "float32"), speech(10, seed=1)]), SR)
    turns = [
        Turn(speaker="SPEAKER_00", start=0.2, end=2.8),  # the intro's music, no word
        Turn(speaker="SPEAKER_01", start=3.1, end=5.9),  # the host's opening, no word heard
        Turn(speaker="SPEAKER_02", start=6.2, end=6.6),  # a cough, no word
        Turn(speaker="SPEAKER_00", start=10.0, end=15.0),
        Turn(speaker="SPEAKER_03", start=15.0, end=19.0),  # a song
        Turn(speaker="SPEAKER_01", start=19.0, end=20.0),
    ]
    said = [("SPEAKER_00", 10.5), ("SPEAKER_03", 16.0), ("SPEAKER_01", 19.2)]
    words = [SpeakerWord(segment=n, start=at, end=at + 0.4, word=" kata", speaker=v) for n, (v, at) in enumerate(said)]
    order = speaking_order(turns, words, frozenset({"SPEAKER_03"}), above_floor(frame_levels(path), turns))
    assert order == ["SPEAKER_01", "SPEAKER_02", "SPEAKER_00"]
    # without hearing (diarize.detect_music: false) every voice is in the order of its first turn
    assert speaking_order(turns, words, frozenset(), None) == ["SPEAKER_00", "SPEAKER_01", "SPEAKER_02", "SPEAKER_03"]


def test_a_song_after_the_talk_is_shown_as_music_through_to_the_page_and_the_tables(tmp_path, monkeypatch):
    """The talk's voice keeps the config's first name; the song after it is `Music 1` in the
    summary, in speakers.parquet (no person) and on the day's page, with a note under its name,
    and not among the speakers of the archive's page."""
    import pandas

    from pipeline.compare import compare
    from pipeline.index import refresh_archive
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
    refresh_archive(tmp_path / "out")
    table = pandas.read_parquet(tmp_path / "out" / "speakers.parquet")
    assert table[["name", "named_by"]].values.tolist() == [["H.E. Chalief Akbar", "order"], ["Music 1", "music"]]
    assert table["person"].isna().tolist() == [False, True]
    archive_page = (tmp_path / "out" / "index.html").read_text()
    assert "Chalief Akbar" in archive_page and "Music 1" not in archive_page  # the archive lists speakers


def test_speech_in_steady_hiss_is_speech(tmp_path):
    """From an audit: white noise 10 dB under the speech over the whole recording filled its
    pauses, and the speakers were taken for music; the level above the recording's steady noise
    keeps them speech, and a song a song (the made talk's pauses are long: 5 dB here)."""
    talk = speech(30)
    noise = np.random.default_rng(0).standard_normal(len(talk)).astype("float32")
    hissed = talk + noise * (np.sqrt(np.mean(talk**2)) / np.sqrt(np.mean(noise**2))) * 10 ** (-5 / 20)
    levels = levels_of(tmp_path, np.concatenate([hissed, music(30) + noise * 0.01]))
    turns = [Turn(speaker="SPEAKER_00", start=0, end=30), Turn(speaker="SPEAKER_01", start=30, end=60)]
    assert np.median(quiet_shares(levels, 0, 30)) < 0.16  # as the level itself has it
    shares = voice_quiet_shares(levels, turns)
    assert shares["SPEAKER_00"] > 0.3 and shares["SPEAKER_01"] < 0.1
