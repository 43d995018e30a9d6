"""Segments cut from the words (no model): at pauses, sentence ends and a length limit; the
features computed block by block; pieces decoded at once."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.config import TranscribeOptions
from pipeline.transcribe import Segment, Word, decode_pieces, decoding_workers, resegment, word_groups

OPTIONS = TranscribeOptions()


def _words(spec: list[tuple[str, float, float]]) -> list[Word]:
    return [Word(word=f" {text}", start=start, end=end, probability=0.9) for text, start, end in spec]


def _steady(count: int, start: float = 0.0, every: float = 0.5, text: str = "kata") -> list[tuple[str, float, float]]:
    """Words every `every` seconds, each lasting 0.4 s: no pause long enough to cut at."""
    return [(text, start + i * every, start + i * every + 0.4) for i in range(count)]


def _texts(groups: list[list[Word]]) -> list[str]:
    return ["".join(w.word for w in group).strip() for group in groups]


def test_a_pause_ends_a_segment_and_a_short_gap_does_not():
    words = _words([("satu", 0.0, 0.4), ("dua", 0.7, 1.0), ("tiga", 1.5, 1.9)])
    assert _texts(word_groups(words, pause_seconds=0.5, max_seconds=12)) == ["satu dua", "tiga"]


def test_a_sentence_end_ends_a_segment_even_without_a_pause():
    words = _words(
        [("Selamat", 0.0, 0.4), ("pagi.", 0.4, 0.8), ("Apa", 0.8, 1.0), ("kabar?", 1.0, 1.4), ("Baik", 1.4, 1.6)]
    )
    assert _texts(word_groups(words, 0.5, 12)) == ["Selamat pagi.", "Apa kabar?", "Baik"]


def test_a_comma_does_not_end_a_short_segment():
    words = _words([("Ya,", 0.0, 0.3), ("betul", 0.3, 0.6)])
    assert _texts(word_groups(words, 0.5, 12)) == ["Ya, betul"]


def test_long_speech_without_pauses_is_cut_below_the_limit_in_its_later_half():
    words = _words(_steady(100))  # 50 s of words without a pause or a stop
    groups = word_groups(words, 0.5, 12)
    assert sum(len(g) for g in groups) == 100
    assert all(g[-1].end - g[0].start <= 12 for g in groups)
    assert all(g[-1].end - g[0].start >= 6 for g in groups[:-1])  # no stubs before the last


def test_a_too_long_segment_is_cut_after_a_clause_end_when_there_is_one():
    spec = _steady(30)  # 15 s
    spec[17] = ("koma,", *spec[17][1:])  # ends at 8.9 s, in the later half of 12 s
    groups = word_groups(_words(spec), 0.5, 12)
    assert groups[0][-1].word == " koma,"


def test_a_single_word_longer_than_the_limit_stays_whole():
    words = _words([("aaaa", 0.0, 13.0), ("b", 13.1, 13.3)])
    assert _texts(word_groups(words, 0.5, 12)) == ["aaaa", "b"]


def test_resegment_keeps_words_scores_and_timing():
    words = _words([("Halo", 1.0, 1.3), ("semua.", 1.3, 1.8), ("Kita", 1.9, 2.1), ("mulai", 3.0, 3.4)])
    segment = Segment(
        id=0,
        start=0.8,
        end=3.6,
        text="Halo semua. Kita mulai",
        avg_logprob=-0.3,
        no_speech_prob=0.01,
        compression_ratio=1.2,
        words=words,
    )
    parts = resegment(segment, OPTIONS)
    assert [p.text for p in parts] == ["Halo semua.", "Kita", "mulai"]
    assert [(p.start, p.end) for p in parts] == [(1.0, 1.8), (1.9, 2.1), (3.0, 3.4)]
    assert [w for p in parts for w in p.words] == words
    assert all(p.avg_logprob == -0.3 and p.no_speech_prob == 0.01 for p in parts)


def test_a_segment_without_words_is_kept_as_decoded():
    segment = Segment(
        id=0, start=0.0, end=1.0, text="?", avg_logprob=-1.0, no_speech_prob=0.5, compression_ratio=1.0, words=[]
    )
    assert resegment(segment, OPTIONS) == [segment]


def test_a_batched_chunk_of_30_s_becomes_segments_of_at_most_the_limit():
    spec = [(f"k{i}." if i % 9 == 8 else f"k{i}", t, e) for i, (_, t, e) in enumerate(_steady(58))]
    segment = Segment(
        id=0,
        start=0.0,
        end=29.0,
        text="",
        avg_logprob=-0.2,
        no_speech_prob=0.0,
        compression_ratio=1.5,
        words=_words(spec),
    )
    parts = resegment(segment, OPTIONS)
    assert all(p.end - p.start <= OPTIONS.segment_max_seconds for p in parts)
    assert [len(p.words) for p in parts[:-1]] == [9] * (len(parts) - 1)


@pytest.mark.parametrize("seconds", [0.05, 10.0, 30.0, 61.3])
def test_blockwise_features_are_faster_whispers_own(seconds):
    """The same numbers, to the last bit, as faster-whisper's one-go extractor: a twentieth of a
    second, one block, and many blocks with a partial last one."""
    from faster_whisper.feature_extractor import FeatureExtractor

    from pipeline.whisper_features import BlockwiseFeatureExtractor

    rng = np.random.default_rng(0)
    times = np.arange(int(seconds * 16000)) / 16000
    audio = (0.3 * np.sin(2 * np.pi * 220 * times) + 0.05 * rng.standard_normal(len(times))).astype(np.float32)
    expected = FeatureExtractor()(audio, chunk_length=30)
    got = BlockwiseFeatureExtractor()(audio, chunk_length=30)
    assert got.dtype == expected.dtype and np.array_equal(got, expected)


@pytest.mark.parametrize(
    "options, pieces_left, workers",
    [
        ({}, 4, 2),  # two cores: two pieces at once, one thread each
        ({}, 1, 1),  # one piece (every bundled day): both threads on it
        ({"cpu_threads": 4}, 3, 3),
        ({"cpu_threads": 1}, 4, 1),
        ({"cpu_threads": 0}, 4, 1),  # CTranslate2's own choice of threads: one piece at a time
        ({"batch_size": 8}, 4, 1),  # batched decoding fills the cores itself
    ],
)
def test_decoding_workers(options, pieces_left, workers):
    assert decoding_workers(TranscribeOptions(**options), pieces_left) == workers


def test_pieces_decoded_at_once_each_come_back_once_whatever_the_order():
    import threading
    import time

    threads = set()

    def decode(index: int) -> list:
        threads.add(threading.current_thread().name)
        time.sleep(0.05 * (3 - index % 3))  # later pieces finish first
        return [index]

    done = dict(decode_pieces([0, 1, 2, 4, 5], 2, decode))
    assert done == {index: [index] for index in (0, 1, 2, 4, 5)}
    assert len(threads) == 2


def test_a_failed_piece_fails_the_transcription_and_no_new_piece_begins():
    import threading
    import time

    begun = []
    failing = threading.Event()

    def decode(index: int) -> list:
        begun.append(index)
        if index == 1:
            failing.set()
            raise RuntimeError("piece 1 is broken")
        failing.wait(5)  # piece 0 is still being decoded when piece 1 fails
        time.sleep(0.2)
        return []

    with pytest.raises(RuntimeError, match="piece 1 is broken"):
        dict(decode_pieces(list(range(10)), 2, decode))
    assert sorted(begun) == [0, 1]


class _LoopingModel:
    """Stands for WhisperModel: the whole piece comes back with a loop in its second window; the
    loop's time alone, decoded as a clip of its own, comes back as speech."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def transcribe(self, samples, **_):
        from types import SimpleNamespace as Raw

        seconds = len(samples) / 16000
        self.calls.append(seconds)

        def raw(seek, start, end, text, ratio):
            words = [
                Raw(start=start + i * 0.5, end=start + i * 0.5 + 0.4, word=f" {w}", probability=0.9)
                for i, w in enumerate(text.split())
            ]
            return Raw(
                seek=seek,
                start=start,
                end=end,
                text=text,
                avg_logprob=-0.5,
                no_speech_prob=0.1,
                compression_ratio=ratio,
                words=words,
            )

        if seconds > 20:
            loop = " ".join(["terakhir"] * 12)
            return [raw(0, 0.0, 2.0, "Selamat malam semua", 1.2), raw(3000, 30.0, 36.0, loop, 5.9)], None
        return [raw(0, 0.0, 2.5, "Rapat dengan banyak negara", 1.3)], None


def test_a_window_whisper_looped_in_is_decoded_again_on_its_own():
    from pipeline.transcribe import transcribe_piece

    model = _LoopingModel()
    segments = list(transcribe_piece(model, np.zeros(60 * 16000, dtype="float32"), 100.0, "id", OPTIONS, None))
    assert model.calls == [60.0, 6.0]  # the piece, then the loop's 6 s alone
    assert [s.text for s in segments] == ["Selamat malam semua", "Rapat dengan banyak negara"]
    assert segments[1].start == 130.0  # on the recording's clock: piece offset + the loop's start
    off = TranscribeOptions(loop_compression_ratio=None)
    model = _LoopingModel()
    assert (
        "terakhir" in list(transcribe_piece(model, np.zeros(60 * 16000, dtype="float32"), 0.0, "id", off, None))[1].text
    )
