"""Clustering and turn building on synthetic embeddings: the count is found, not assumed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline import diarize
from pipeline.config import DiarizeOptions
from pipeline.diarize import Window, cluster, windows_to_turns
from pipeline.files import file_sha256


def _voices(count: int, per_voice: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(count, 192))
    labels = np.repeat(np.arange(count), per_voice)
    return centres[labels] + 0.35 * rng.normal(size=(len(labels), 192)), labels


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_eigengap_finds_the_number_of_voices(count):
    embeddings, truth = _voices(count)
    labels, estimated = cluster(embeddings, DiarizeOptions())
    assert estimated and len(set(labels)) == count
    for voice in range(count):  # every voice lands in one cluster
        assert len(set(labels[truth == voice])) == 1


def test_long_days_cluster_a_sample_and_assign_the_rest(monkeypatch):
    monkeypatch.setattr(diarize, "MAX_SPECTRAL_WINDOWS", 200)  # the same path as a long day, sooner
    embeddings, truth = _voices(3, per_voice=150)  # 450 windows: past MAX_SPECTRAL_WINDOWS
    labels, estimated = cluster(embeddings, DiarizeOptions())
    assert estimated and len(set(labels)) == 3
    for voice in range(3):
        assert len(set(labels[truth == voice])) == 1


def test_stated_count_is_used():
    embeddings, _ = _voices(3)
    labels, estimated = cluster(embeddings, DiarizeOptions(num_speakers=3))
    assert not estimated and len(set(labels)) == 3


def test_overlapping_windows_become_turns():
    rate = 16000
    windows = [Window(int(s * rate), int((s + 1.5) * rate)) for s in np.arange(0, 6, 0.75)]
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    turns = windows_to_turns(windows, labels)
    assert [t[0] for t in turns] == [0, 1]
    assert turns[0][1] == 0.0 and 3.0 <= turns[1][1] <= 3.8 and turns[1][2] == pytest.approx(6.75)


@pytest.mark.parametrize("windows", [2, 5, 12, 40])
@pytest.mark.parametrize("stated", [1, 2, 3])
def test_a_stated_count_is_obeyed_however_little_speech(windows, stated):
    embeddings, _ = _voices(1, per_voice=windows, seed=windows)
    labels, estimated = cluster(embeddings, DiarizeOptions(num_speakers=stated))
    assert not estimated and len(set(labels)) == min(stated, windows)


@pytest.mark.parametrize("similarity", [0.6, 0.75, 0.83, 0.9, 0.95])
def test_a_short_cluster_needs_a_separation_margin_to_be_a_voice(similarity):
    """Two short clusters whose centroids are as alike as one real voice split in two (cosine
    above SHORT_MERGE_COSINE, measured on real voices) are one voice."""
    from pipeline.diarize import SHORT_MERGE_COSINE, _has_evidence

    rng = np.random.default_rng(1)
    base, other = rng.normal(size=192), rng.normal(size=192)
    other -= (other @ base) / (base @ base) * base
    base, other = base / np.linalg.norm(base), other / np.linalg.norm(other)
    second = similarity * base + np.sqrt(1 - similarity**2) * other
    unit = np.stack([base] * 8 + [second] * 6)
    labels = np.array([0] * 8 + [1] * 6)
    assert _has_evidence(labels, unit) == (similarity <= SHORT_MERGE_COSINE)
    assert not _has_evidence(np.array([0] * 12 + [1] * 2), unit)  # too little speech


@pytest.fixture(scope="module")
def real_call():
    """The real two-party call (30 s, MIT) inside the pyannote.audio 4.0.7 wheel, fetched with
    pip into the cache; skipped when the registry cannot be reached."""
    from pipeline.bench import fetch_real_call, voices_cache

    voices_cache().mkdir(parents=True, exist_ok=True)
    folder = fetch_real_call(voices_cache())
    if folder is None:
        pytest.skip("pyannote.audio 4.0.7 wheel not reachable")
    return folder


def _count(audio: Path, **options) -> int:
    from pipeline.diarize import embed_and_cluster, speech_windows

    windows = speech_windows(audio, DiarizeOptions(**options))
    return len(set(embed_and_cluster(audio, windows, DiarizeOptions(**options))[1]))


@pytest.mark.slow
def test_real_voices_are_counted_with_evidence(real_call, tmp_path):
    """Two real voices are two; one of them alone (its turns joined, ~13 s) is one; a stated
    count is obeyed."""
    import soundfile

    audio, rate = soundfile.read(real_call / "sample.wav", dtype="float32")
    assert _count(real_call / "sample.wav") == 2
    assert _count(real_call / "sample.wav", num_speakers=3) == 3
    turns = [line.split() for line in (real_call / "sample.rttm").read_text().splitlines()]
    for voice in {turn[7] for turn in turns}:
        alone = np.concatenate(
            [audio[int(float(t[3]) * rate) : int((float(t[3]) + float(t[4])) * rate)] for t in turns if t[7] == voice]
        )
        soundfile.write(tmp_path / f"{voice}.wav", alone, rate)
        assert _count(tmp_path / f"{voice}.wav") == 1, voice


@pytest.mark.slow
def test_regions_embedded_at_once_give_the_same_numbers(real_call, tmp_path):
    """The run's voices job embeds two speech regions at once (one torch thread each): the
    embeddings are the stage's own, to the last bit."""
    import soundfile

    from pipeline.diarize import embed, speech_windows

    audio, rate = soundfile.read(real_call / "sample.wav", dtype="float32")
    pause = np.zeros(rate, dtype=np.float32)
    parts = [audio[i * 10 * rate : (i + 1) * 10 * rate] for i in range(3)]
    soundfile.write(tmp_path / "paused.wav", np.concatenate([parts[0], pause, parts[1], pause, parts[2]]), rate)
    options = DiarizeOptions()
    windows = speech_windows(tmp_path / "paused.wav", options)
    assert len({w.region for w in windows}) >= 3
    one, two = (embed(tmp_path / "paused.wav", windows, options, workers) for workers in (1, 2))
    assert np.array_equal(one, two)


def test_long_days_embed_in_between_windows_only_where_the_voice_changes(monkeypatch):
    """Past MAX_SPECTRAL_WINDOWS the windows that do not overlap are embedded first; an
    in-between window only where its neighbours got different voices."""
    from pipeline import diarize

    options = DiarizeOptions()
    region = (0, 16000 * 60)
    windows = diarize.windows_of(region, options)  # 79 windows of 1.5 s every 0.75 s

    def voice_of(w):
        return int(w.start >= 16000 * 30)  # one change of voice at 30 s

    centres = np.eye(192)[:2] * 10
    embedded: list[list] = []

    def fake_embed(audio, chosen, opts, workers=1):
        embedded.append(chosen)
        return np.stack([centres[voice_of(w)] + 0.01 * np.random.default_rng(w.start).normal(size=192) for w in chosen])

    monkeypatch.setattr(diarize, "embed", fake_embed)
    monkeypatch.setattr(diarize, "MAX_SPECTRAL_WINDOWS", 10)
    monkeypatch.setattr(diarize, "cluster", lambda vectors, opts: ((vectors[:, 1] > vectors[:, 0]).astype(int), True))
    used, labels, _ = diarize.embed_and_cluster(Path("unused.wav"), windows, options)
    assert len(embedded[0]) == 40  # every other window, and the last
    assert len(embedded[1]) == 1 and embedded[1][0] not in embedded[0]  # the one at the change
    assert all(label == voice_of(w) for w, label in zip(used, labels, strict=True))
    turns = diarize.windows_to_turns(used, labels)
    assert [t[0] for t in turns] == [0, 1] and abs(turns[1][1] - 30) <= 0.75


def _analysis() -> diarize.Voices:
    windows = [Window(0, 24000, (0, 48000)), Window(12000, 36000, (0, 48000)), Window(24000, 48000, (0, 48000))]
    return diarize.Voices(windows, np.array([0, 0, 1]), estimated=True, speech_windows=3)


def test_saved_voices_come_back_only_for_the_same_key(tmp_path):
    target = tmp_path / "voices.npz"
    diarize.save_voices(target, _analysis(), "key-a")
    loaded = diarize.load_voices(target, "key-a")
    assert loaded.windows == _analysis().windows
    assert loaded.labels.tolist() == [0, 0, 1] and loaded.estimated and loaded.speech_windows == 3
    assert diarize.load_voices(target, "key-b") is None  # other audio, options or code
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04 torn"])
def test_damaged_or_missing_saved_voices_mean_analyse_again(tmp_path, content):
    target = tmp_path / "voices.npz"
    assert diarize.load_voices(target, "key") is None
    target.write_bytes(content)
    assert diarize.load_voices(target, "key") is None


def test_voices_key_follows_audio_and_options(tmp_path):
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"one")
    key = diarize.voices_key(file_sha256(audio), DiarizeOptions())
    assert key == diarize.voices_key(file_sha256(audio), DiarizeOptions())
    assert key != diarize.voices_key(file_sha256(audio), DiarizeOptions(num_speakers=2))
    audio.write_bytes(b"two")
    assert key != diarize.voices_key(file_sha256(audio), DiarizeOptions())
