"""Segments cut from the words (no model): at pauses, sentence ends and a length limit; the
features computed block by block; pieces decoded at once."""

from __future__ import annotations

import numpy as np
import pytest

from fakes import segment
from pipeline.config import TranscribeOptions
from pipeline.transcribe import (
    Word,
    decode_pieces,
    decoding_options,
    decoding_workers,
    repetition_loops,
    resegment,
    word_groups,
)

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
    decoded = segment(
        0.8, 3.6, "Halo semua. Kita mulai", words, avg_logprob=-0.3, no_speech_prob=0.01, compression_ratio=1.2
    )
    parts = resegment(decoded, OPTIONS)
    assert [p.text for p in parts] == ["Halo semua.", "Kita", "mulai"]
    assert [(p.start, p.end) for p in parts] == [(1.0, 1.8), (1.9, 2.1), (3.0, 3.4)]
    assert [w for p in parts for w in p.words] == words
    assert all(p.avg_logprob == -0.3 and p.no_speech_prob == 0.01 for p in parts)


def test_a_segment_without_words_is_kept_as_decoded():
    decoded = segment(0.0, 1.0, "?", avg_logprob=-1.0, no_speech_prob=0.5)
    assert resegment(decoded, OPTIONS) == [decoded]


def test_a_batched_chunk_of_30_s_becomes_segments_of_at_most_the_limit():
    spec = [(f"k{i}." if i % 9 == 8 else f"k{i}", t, e) for i, (_, t, e) in enumerate(_steady(58))]
    parts = resegment(segment(0.0, 29.0, "", _words(spec), compression_ratio=1.5), OPTIONS)
    assert all(p.end - p.start <= OPTIONS.segment_max_seconds for p in parts)
    assert [len(p.words) for p in parts[:-1]] == [9] * (len(parts) - 1)


@pytest.mark.parametrize("seconds", [0.05, 10.0, 30.0, 61.3])
def test_blockwise_features_are_faster_whispers_own(seconds):
    """The same numbers, to the last bit, as faster-whisper's one-go extractor on as many BLAS
    threads: a twentieth of a second, one block, and many blocks with a partial last one."""
    from faster_whisper.feature_extractor import FeatureExtractor
    from threadpoolctl import threadpool_limits

    from pipeline.media.whisper_features import MEL_BLAS_THREADS, BlockwiseFeatureExtractor

    audio = _tone_in_noise(seconds)
    with threadpool_limits(MEL_BLAS_THREADS, user_api="blas"):
        expected = FeatureExtractor()(audio, chunk_length=30)
    got = BlockwiseFeatureExtractor()(audio, chunk_length=30)
    assert got.dtype == expected.dtype and np.array_equal(got, expected)


@pytest.mark.parametrize("threads", [1, 3])
def test_features_do_not_depend_on_the_callers_blas_threads(threads):
    """40 s of features, to the last bit, whatever BLAS thread count the process runs with (a Dask
    worker's OMP_NUM_THREADS=1, a machine's cores): the mel product's sums had differed in the last
    bit, and a word with them."""
    from threadpoolctl import threadpool_limits

    from pipeline.media.whisper_features import BlockwiseFeatureExtractor

    audio = _tone_in_noise(40.0)
    expected = BlockwiseFeatureExtractor()(audio)
    with threadpool_limits(threads, user_api="blas"):
        got = BlockwiseFeatureExtractor()(audio)
    assert np.array_equal(got, expected)


def _tone_in_noise(seconds: float) -> np.ndarray:
    rng = np.random.default_rng(0)
    times = np.arange(int(seconds * 16000)) / 16000
    return (0.3 * np.sin(2 * np.pi * 220 * times) + 0.05 * rng.standard_normal(len(times))).astype(np.float32)


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


def test_the_thread_count_is_no_option_of_the_decoding():
    """What transcript.json records as its options, and a checkpoint of pieces resumes by: the
    options that decide the words, not the thread count, which decides how fast they come."""
    one, four = (decoding_options(TranscribeOptions(cpu_threads=threads, beam_size=3)) for threads in (1, 4))
    assert one == four and one.beam_size == 3 and "cpu_threads" not in one.model_dump()


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

    model = None  # no engine of its own: every window in the day's language

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


class _Engine:
    """A stand-in for CTranslate2's Whisper: the given guesses for each window, in turn."""

    is_multilingual = True

    def __init__(self, guesses: list[list[tuple[str, float]]]) -> None:
        self.guesses = iter(guesses)

    def detect_language(self, features):
        return [next(self.guesses)]


def _chooser(guesses, language="id", others=("en",)):
    from pipeline.transcribe import WindowLanguage

    return WindowLanguage(_Engine(guesses), language, list(others))


def test_a_window_is_decoded_in_another_language_only_where_whisper_is_sure_of_it():
    chooser = _chooser([[("<|en|>", 0.97), ("<|id|>", 0.01)], [("<|la|>", 0.5), ("<|en|>", 0.3), ("<|id|>", 0.1)]])
    assert chooser.detect_language(None)[0][0] == ("<|en|>", 0.97) and chooser.chosen == "en"
    # Whisper's free guess (Latin) is never taken, nor English at 0.3: the day's language stays
    assert chooser.detect_language(None)[0][0] == ("<|id|>", 0.1) and chooser.chosen == "id"


def test_only_the_days_switch_languages_are_chosen_and_the_likeliest_of_them():
    chooser = _chooser([[("<|fr|>", 0.9), ("<|en|>", 0.06)], [("<|ar|>", 0.8), ("<|en|>", 0.15)]], others=("en", "ar"))
    assert chooser.detect_language(None)[0][0][0] == "<|id|>"  # French is not one of the day's
    assert chooser.detect_language(None)[0][0][0] == "<|ar|>"
    assert _chooser([], language="en", others=("en",)).others == []


def test_each_thread_reads_the_language_of_its_own_window():
    import threading

    chooser = _chooser([[("<|en|>", 0.99)], [("<|id|>", 0.9)]])
    chooser.detect_language(None)
    seen = []
    other = threading.Thread(target=lambda: (chooser.detect_language(None), seen.append(chooser.chosen)))
    other.start()
    other.join()
    assert seen == ["id"] and chooser.chosen == "en"


def test_each_segment_gets_the_language_of_its_window_though_grouping_reads_ahead():
    """faster-whisper asks the language before decoding a window; the grouping by window reads the
    next window's first segment before handing out this one."""
    from types import SimpleNamespace

    from pipeline.transcribe import WindowLanguage, _windows

    chooser = _chooser([[("<|en|>", 0.99)], [("<|id|>", 0.9)], [("<|en|>", 0.97)], [("<|en|>", 0.9)]])

    def raw(seek: int) -> SimpleNamespace:
        return SimpleNamespace(seek=seek, compression_ratio=1.0)

    def transcribe(samples, **options):
        assert options["multilingual"] is True and options["language"] == "id"

        def windows():
            for seek, count in ((0, 2), (3000, 2), (6000, 2)):
                chooser.detect_language(None)
                yield raw(seek)
                if seek == 3000:  # a window decoded again alone meanwhile makes a choice of its own
                    chooser.detect_language(None)
                yield from (raw(seek) for _ in range(count - 1))

        return windows(), None

    model = SimpleNamespace(model=chooser, transcribe=transcribe)
    assert isinstance(model.model, WindowLanguage)
    found = [
        (language, len(window)) for language, _, window in _windows(model, np.zeros(1), OPTIONS, {"language": "id"})
    ]
    assert found == [("en", 2), ("id", 2), ("en", 2)]


def test_switching_languages_needs_sequential_decoding():
    from pydantic import ValidationError

    assert TranscribeOptions(batch_size=8).switch_languages == []  # the default list is not asked for: none
    with pytest.raises(ValidationError, match="switch_languages works with sequential decoding"):
        TranscribeOptions(batch_size=8, switch_languages=["en"])
    assert TranscribeOptions(batch_size=8, switch_languages=[]).switch_languages == []
    with pytest.raises(ValidationError):
        TranscribeOptions(switch_languages=["English"])


def test_a_piece_whisper_gives_without_a_space_is_the_end_of_the_word_before():
    from types import SimpleNamespace as Raw

    from pipeline.transcribe import whole_words

    pieces = [
        Raw(word=" teman", start=0.0, end=0.3, probability=0.9),
        Raw(word="-teman", start=0.3, end=0.6, probability=0.6),
        Raw(word=" dari", start=0.7, end=0.9, probability=0.8),
        Raw(word=" Al", start=1.0, end=1.1, probability=0.7),
        Raw(word="-Jazair.", start=1.1, end=1.6, probability=0.95),
        Raw(word=" ", start=1.6, end=1.6, probability=0.1),
    ]
    words = whole_words(pieces, 100.0)
    assert [(w.word, w.start, w.end, w.probability) for w in words] == [
        (" teman-teman", 100.0, 100.6, 0.6),
        (" dari", 100.7, 100.9, 0.8),
        (" Al-Jazair.", 101.0, 101.6, 0.7),
    ]
    # the first piece of a segment stays a word though Whisper wrote no space before it
    assert [w.word for w in whole_words([Raw(word="Selamat", start=0.0, end=0.4, probability=0.9)], 0.0)] == ["Selamat"]


@pytest.mark.parametrize(
    "decoded_in, english, again",
    [("id", 0.9, True), ("id", 0.7, False), ("en", 0.2, True), ("en", 0.5, False)],
)
def test_a_segment_of_a_window_holding_both_languages_is_decoded_again_where_its_own_guess_differs(
    decoded_in, english, again
):
    """The window's guess was unsure; the segment's own guess, alone, decides: surely English
    (0.8) for an Indonesian segment, surely not (under 0.4) for an English one."""
    from types import SimpleNamespace as Raw

    from pipeline.transcribe import _in_its_language

    chooser = _chooser([[("<|en|>", english), ("<|id|>", 1 - english)]])
    decoded = []

    def transcribe(samples, **options):
        chooser.detect_language(None)  # the clip's window: the same guess
        decoded.append(chooser.chosen)
        word = Raw(word=" words", start=0.1, end=0.9, probability=0.9)
        window = Raw(seek=0, start=0.1, end=0.9, text=" words", avg_logprob=-0.3, no_speech_prob=0.1)
        window.compression_ratio, window.words = 1.1, [word]
        return iter([window]), None

    def detect_language(clip, vad_filter):
        return "en", english, [("en", english), ("id", 1 - english)]

    model = Raw(model=chooser, transcribe=transcribe, detect_language=detect_language)
    heard = segment(
        10.0, 12.0, "kata", _words([("kata", 10.0, 12.0)]), language=decoded_in, avg_logprob=-0.3, no_speech_prob=0.1
    )
    found = _in_its_language(model, np.zeros(16000 * 20, dtype="float32"), 0.0, heard, OPTIONS, {"language": "id"})
    if again:
        assert [(s.language, s.start) for s in found] == [(decoded, 10.1) for decoded in decoded]
        assert found[0].language != decoded_in
    else:
        assert found == [heard] and decoded == []


# para-9's loop (Whisper base, the bundled archive) and what its speaker said: "Ruang digital itu
# terlalu besar" once, then "kita tidak bisa mengatur lalu lintas percakapannya"
LOOPED = (
    "Kal, eh, masalahnya bukan cuman ditujuh. ruang digita litu terlalu besar, ruang digita lalu besar, ruang "
    "digita liti terlalu besar. ruang digita lilih terlalu besar ruang digita llih terlalu besarnya, ruang digita "
    "lih terlalu besär, ruang digita liru terlalu besarnya Benatur lalu lintas percakapan ya."
)


def test_a_loop_that_changes_a_letter_a_turn_is_one_phrase_and_its_repeats():
    words = [f" {word}" for word in LOOPED.split()]
    [loop] = repetition_loops(words)
    assert "".join(words[loop.start : loop.repeats]).strip() == "ruang digita litu terlalu besar,"
    assert loop.turns == 7 and words[loop.end].strip() == "Benatur"


@pytest.mark.parametrize(
    "said",
    [
        # a speaker's own repeats (the bundled days' true text): two words again and again, a phrase twice
        "kalau rapat jam sembilan, ya jam sembilan, bukan jam sembilan lewat sepuluh",
        "baik terima kasih, pak bayu terima kasih, prof ratna terima kasih",
        "eh, eh, eh, eh, sering sekali",
        "ruang digital itu terlalu besar, ruang digital itu terlalu besar",
        # three turns whose words differ by more than a letter or two: "pagi" and "jadi" are two words
        "selamat pagi semuanya, jadi ini hari, pagi semuanya jadi",
    ],
)
def test_a_speakers_own_repeats_are_no_loop(said):
    assert repetition_loops(said.split()) == []
