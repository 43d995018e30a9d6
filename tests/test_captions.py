"""Caption cues from word timestamps: the player limits, and names that try to break the formats."""

from __future__ import annotations

import io
import itertools
import re

import pytest
import srt
import webvtt

from conftest import RUNS_ON
from pipeline.artifacts import clock
from pipeline.diarize import SpeakerWord
from pipeline.exports.captions import (
    MAX_CUE_SECONDS,
    MAX_LINE_CHARS,
    MAX_LINES,
    MAX_READING_SPEED,
    MIN_CUE_SECONDS,
    MIN_GAP_SECONDS,
    build_cues,
    layout,
)
from pipeline.exports.captions import srt as srt_text
from pipeline.exports.captions import webvtt as vtt_text
from pipeline.exports.page_text import TEXTS
from pipeline.voices.shown_voices import short_name, shown_voices

HOSTILE_NAME = "Dr. <b>A</b> & B --> C\tD\n\nE"
TOLERANCE = 0.0015  # millisecond rounding in the files


def _words(
    text: str, speaker: str = "S1", start: float = 0.0, step: float = 0.35, pause_after: dict[int, float] | None = None
) -> list[SpeakerWord]:
    words, clock = [], start
    for index, word in enumerate(text.split()):
        words.append(SpeakerWord(segment=0, start=clock, end=clock + step - 0.05, word=" " + word, speaker=speaker))
        clock += step + (pause_after or {}).get(index, 0.0)
    return words


LONG_TALK = (
    "Diplomasi digital di masa pandemi menuntut kita, para diplomat, untuk bekerja dengan cara "
    "baru. Kami tetap melayani warga negara Indonesia di Aljazair melalui layanan daring, "
    "dan kerja sama ekonomi terus berjalan. Tantangannya adalah koneksi dan kepercayaan."
)


def day_words() -> list[SpeakerWord]:
    first = _words(LONG_TALK, "S1", pause_after={11: 0.8})
    reply = _words("Ya.", "S2", start=first[-1].end + 0.05)
    second = _words(LONG_TALK, "S1", start=reply[-1].end + 0.6)
    return first + reply + second


def check_limits(cue_lines: list[list[str]], spans: list[tuple[float, float]]) -> None:
    for lines, (start, end) in zip(cue_lines, spans, strict=True):
        assert 1 <= len(lines) <= MAX_LINES
        # the underline of unsure words takes no room on the screen: measured as shown
        assert all(len(re.sub(r"</?u>", "", line)) <= MAX_LINE_CHARS for line in lines), lines
        assert MIN_CUE_SECONDS - TOLERANCE <= end - start <= MAX_CUE_SECONDS + TOLERANCE


def test_cues_keep_the_limits_and_every_word_whole():
    words = day_words()
    cues = build_cues(words, shown_voices({"S1": "H.E. Chalief Akbar", "S2": "Dr. Ayu"}), duration=RUNS_ON)
    check_limits([c.lines for c in cues], [(c.start, c.end) for c in cues])
    assert " ".join(" ".join(c.lines) for c in cues).split() == [w.word.strip() for w in words]
    assert [c.speaker_name for c in cues].count("Dr. Ayu") == 1, "a reply is its own cue"


def test_cues_break_at_sentence_ends_and_pauses():
    cues = build_cues(day_words(), shown_voices({"S1": "A", "S2": "B"}), duration=RUNS_ON)
    endings = [" ".join(c.lines).split()[-1] for c in cues]
    assert sum(e.endswith((".", ",")) for e in endings) >= len(endings) // 2, endings


def test_a_long_silence_ends_a_cue():
    words = _words("satu dua", pause_after={0: 3.0})
    assert [c.lines for c in build_cues(words, shown_voices({"S1": "A"}), duration=RUNS_ON)] == [["satu"], ["dua"]]


def test_layout_balances_two_lines_and_refuses_three():
    lines = layout(
        ["kerja", "sama", "ekonomi", "terus", "berjalan", "dengan", "baik", "di", "tengah", "pandemi", "ini"]
    )
    assert len(lines) == 2 and abs(len(lines[0]) - len(lines[1])) < 12
    assert layout(("kata " * 30).split()) is None


def test_short_name_drops_academic_suffixes():
    assert short_name("Dr. Ayu Larasati, S.Sos., M.Ikom.") == "Ayu Larasati"
    assert len(short_name("Profesor Doktor Insinyur Bambang Sudibyo Wicaksono")) <= 24


def test_files_parse_and_keep_the_limits():
    words, names = day_words(), {"S1": "H.E. Chalief Akbar", "S2": "Dr. Ayu Larasati, S.Sos., M.Ikom."}
    vtt = webvtt.from_buffer(io.StringIO(vtt_text(words, shown_voices(names), duration=RUNS_ON)))
    check_limits([c.text.split("\n") for c in vtt], vtt_spans(vtt))
    assert [c.voice for c in vtt][:2] == ["H.E. Chalief Akbar"] * 2
    subtitles = list(srt.parse(srt_text(words, shown_voices(names), duration=RUNS_ON)))
    check_limits(
        [s.content.split("\n") for s in subtitles],
        [(s.start.total_seconds(), s.end.total_seconds()) for s in subtitles],
    )
    assert subtitles[0].content.startswith("Chalief Akbar: ")
    assert any(s.content.startswith("Ayu Larasati: ") for s in subtitles)


@pytest.mark.parametrize("word", ["-->", "<i>", "&amp;", "a\tb", "x\n\ny"])
def test_hostile_names_and_words_cannot_break_the_formats(word):
    words = _words("satu dua tiga empat lima") + [
        SpeakerWord(segment=1, start=5, end=5.5, word=" " + word, speaker="S2")
    ]
    names = {"S1": HOSTILE_NAME, "S2": HOSTILE_NAME}
    vtt_file = vtt_text(words, shown_voices(names), duration=RUNS_ON)
    vtt = webvtt.from_buffer(io.StringIO(vtt_file))
    assert len(vtt) == 2 and vtt_file.count("-->") == 2
    assert all(c.voice == "Dr. &lt;b&gt;A&lt;/b&gt; &amp; B --&gt; C D E" for c in vtt)
    srt_file = srt_text(words, shown_voices(names), duration=RUNS_ON)
    subtitles = list(srt.parse(srt_file))
    assert len(subtitles) == 2 and srt_file.count("-->") == 2
    assert "<" not in srt_file and all("\t" not in s.content for s in subtitles)


def test_speakers_whose_short_names_are_the_same_stay_apart_in_srt():
    words = _words("satu dua tiga", "S1") + _words("empat lima enam", "S2", start=3.0)
    names = {"S1": "Dr. Ayu Larasati, S.Sos.", "S2": "Dr. Ayu Larasati, M.Ikom."}
    prefixes = [s.content.split(": ")[0] for s in srt.parse(srt_text(words, shown_voices(names), duration=RUNS_ON))]
    assert prefixes == ["Dr. Ayu Larasati, S.Sos.", "Dr. Ayu Larasati, M.Ikom."]


def test_speakers_whose_rttm_fields_are_the_same_stay_apart():
    from pipeline.diarize import Diarization, Turn, rttm_lines

    speakers = [
        type("S", (), {"label": label, "name": name})()
        for label, name in (("S0", "Ayu Larasati"), ("S1", "Ayu_Larasati"))
    ]
    diarization = Diarization.model_construct(
        speakers=speakers, turns=[Turn(speaker="S0", start=0, end=1), Turn(speaker="S1", start=1, end=2)]
    )
    fields = {line.split()[7] for line in rttm_lines("day", diarization).splitlines()}
    assert fields == {"Ayu_Larasati", "Ayu_Larasati_2"}


def test_a_right_to_left_name_is_isolated_in_plain_text_lines():
    """An SRT cue or a transcript heading that begins with an Arabic name would be laid out right to
    left whole; the name between isolate marks keeps the line's own direction.  Latin names stay as written."""
    from pipeline.exports.captions import isolated

    assert isolated("محمد عبد الله") == "\u2068محمد عبد الله\u2069"
    assert isolated("Dr. Ayu Larasati") == "Dr. Ayu Larasati"


def _cues(vtt_file: str) -> list[webvtt.Caption]:
    return list(webvtt.from_buffer(io.StringIO(vtt_file)))


def vtt_spans(cues: list[webvtt.Caption]) -> list[tuple[float, float]]:
    """Each cue's start and end in seconds to the millisecond (webvtt-py's `start_in_seconds`
    counts whole seconds)."""
    return [(c.start_time.in_milliseconds() / 1000, c.end_time.in_milliseconds() / 1000) for c in cues]


def _no_overlap(spans: list[tuple[float, float]]) -> None:
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert start >= end - TOLERANCE, spans


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Prof. Dr. Ratna Kusumawardani, M.Si.", "Ratna Kusumawardani"),
        ("Prof. Dr. Ir. Dwikorita Karnawati, M.Sc.", "Dwikorita Karnawati"),
        ("Ayu Larasati S.Sos., M.Ikom.", "Ayu Larasati"),
        ("Dr. Ayu Larasati, S.Sos., M.Ikom.", "Ayu Larasati"),
        ("H.E. Chalief Akbar", "Chalief Akbar"),
        ("Prof. Dr. Hj. Siti Nur'aini Ñúñez-Gárcia, M.Si.", "Siti N. Ñúñez-Gárcia"),
        ("Moderator", "Moderator"),
        ("Pembawa Acara", "Pembawa Acara"),
        ("Speaker 3", "Speaker 3"),
        ("Music 1", "Music 1"),
        # a role set apart before the name would read as another speaker in "Name: text"
        ("Moderator: Budi", "Budi"),
        ("Host: Dr. Rina, M.Si.", "Rina"),
        ("MC - Rina", "Rina"),
        ("Ayu: Moderator", "Ayu"),
        # the surname stays, whatever must go before it
        ("Prof. Dr. Ir. Dwikorita van der Karnawati, M.Sc.", "Dwikorita Karnawati"),
        ("Muhammad Fadhil bin Abdullah al-Haddad Rahmatullah", "Muhammad Rahmatullah"),
        ("Hamengkubuwono Raden Mas Kusumawardhaningrat", "H. Kusumawardhaningrat"),
    ],
)
def test_a_short_name_keeps_the_person_and_drops_titles_and_degrees_first(name, expected):
    """From an audit: 'Prof. Dr. Ratna…' was cut at 24 characters, titles kept and the name lost; from
    another, titles kept where they fitted ("Dr. Bayu Anggoro" beside "Ratna Kusumawardani")."""
    assert short_name(name) == expected


def test_srt_names_a_titled_speaker_by_the_person():
    words = _words("satu dua tiga", "S1") + _words("empat lima enam", "S2", start=3.0)
    names = {"S1": "Prof. Dr. Ratna Kusumawardani, M.Si.", "S2": "Prof. Dr. Ir. Dwikorita Karnawati, M.Sc."}
    prefixes = [s.content.split(": ")[0] for s in srt.parse(srt_text(words, shown_voices(names), duration=RUNS_ON))]
    assert prefixes == ["Ratna Kusumawardani", "Dwikorita Karnawati"]


SONG = "Indonesia tanah airku tanah tumpah darahku di sanalah aku berdiri jadi pandu ibuku"


def _day_with_a_song() -> tuple[list[SpeakerWord], dict[str, str]]:
    song = _words(SONG, "M", step=0.6)
    talk = _words("Selamat pagi, Bapak dan Ibu sekalian.", "S1", start=song[-1].end + 2.0)
    return song + talk, {"M": "Music 1", "S1": "H.E. Chalief Akbar"}


def test_lyrics_are_captioned_as_music_not_as_a_speaker():
    words, names = _day_with_a_song()
    music = {"M"}
    vtt = _cues(vtt_text(words, shown_voices(names, sung=music), duration=RUNS_ON))
    sung = [c for c in vtt if c.voice == "Music 1"]
    assert len(sung) >= 2 and all(c.text.startswith("♪ ") and c.text.endswith(" ♪") for c in sung)
    assert not any("Music 1" in c.text for c in vtt)
    subtitles = list(srt.parse(srt_text(words, shown_voices(names, sung=music), duration=RUNS_ON)))
    lyrics = [s for s in subtitles if "♪" in s.content]
    assert len(lyrics) == len(sung) and all(s.content.startswith("♪ ") and s.content.endswith(" ♪") for s in lyrics)
    assert not any("Music 1" in s.content for s in subtitles)
    assert subtitles[-1].content.startswith("Chalief Akbar: ")
    check_limits(
        [s.content.split("\n") for s in subtitles],
        [(s.start.total_seconds(), s.end.total_seconds()) for s in subtitles],
    )
    said = " ".join(s.content.replace("♪", "") for s in lyrics).split()
    assert said == SONG.split()


def test_a_one_word_remainder_is_no_cue_of_its_own_and_cues_never_overlap():
    """From an audit: a last word under a second after a full cue was its own cue, stretched over
    the next speaker's."""
    words = [SpeakerWord(segment=0, start=0.5 * i, end=0.5 + 0.5 * i, word=f" kata{i}", speaker="A") for i in range(13)]
    words += [
        SpeakerWord(segment=0, start=6.5, end=6.9, word=" akhir", speaker="A"),
        SpeakerWord(segment=1, start=7.3, end=8.5, word=" Baik,", speaker="B"),
    ]
    cues = build_cues(words, shown_voices({"A": "Ayu", "B": "Moderator"}), duration=RUNS_ON)
    assert [len(" ".join(c.lines).split()) > 1 for c in cues if c.speaker_name == "Ayu"] == [True, True]
    _no_overlap([(c.start, c.end) for c in cues])
    check_limits([c.lines for c in cues], [(c.start, c.end) for c in cues])


def test_a_burst_of_words_heard_in_an_instant_overlaps_no_cue():
    """From an audit (para-9): Whisper repeating itself gave words of no length, and a cue under a
    second was stretched over the next cue of the same speaker."""
    words = _words("ruang digital itu terlalu besar, ruang digital lalu besar,", start=107.36, step=0.13)
    burst = [
        SpeakerWord(segment=1, start=108.64, end=108.64 + 0.03 * (i // 5), word=f" {w}", speaker="S1")
        for i, w in enumerate(("ruang digita lilih terlalu besar " * 3).split())
    ]
    after = _words("ruang digita liru terlalu besarnya", start=108.94, step=0.6)
    for format_cues in (
        vtt_spans(_cues(vtt_text(words + burst + after, shown_voices({"S1": "A"}), duration=RUNS_ON))),
        [
            (s.start.total_seconds(), s.end.total_seconds())
            for s in srt.parse(srt_text(words + burst + after, shown_voices({"S1": "A"}), duration=RUNS_ON))
        ],
    ):
        _no_overlap(format_cues)
        assert all(end > start for start, end in format_cues)


def test_a_short_reply_between_two_turns_takes_its_second_from_its_neighbours_not_over_them():
    first = _words("Diplomasi digital di masa pandemi menuntut kita bekerja", "A")
    reply = [SpeakerWord(segment=1, start=first[-1].end + 0.05, end=first[-1].end + 0.1, word=" Ya.", speaker="B")]
    second = _words("dengan cara baru.", "A", start=reply[-1].end + 0.1)
    cues = build_cues(first + reply + second, shown_voices({"A": "A", "B": "B"}), duration=RUNS_ON)
    _no_overlap([(c.start, c.end) for c in cues])
    check_limits([c.lines for c in cues], [(c.start, c.end) for c in cues])
    (answer,) = [c for c in cues if c.speaker_name == "B"]
    assert answer.start <= reply[0].start and answer.end >= reply[0].end


@pytest.mark.parametrize("seed", range(30))
def test_cues_never_overlap_whatever_the_timing(seed):
    import random

    rng = random.Random(seed)
    words, clock = [], 0.0
    for number in range(rng.randint(5, 80)):
        clock += rng.choice([0.0, 0.0, 0.05, 0.3, 0.8, 2.0])
        length = rng.choice([0.0, 0.02, 0.2, 0.4, 0.9])
        speaker = rng.choice("ABC") if rng.random() < 0.3 or not words else words[-1].speaker
        words.append(SpeakerWord(segment=number // 7, start=clock, end=clock + length, word=" kata", speaker=speaker))
        clock += length
    cues = build_cues(words, shown_voices({"A": "Ayu", "B": "Budi", "C": "Citra"}), duration=RUNS_ON)
    _no_overlap([(c.start, c.end) for c in cues])
    assert all(c.start < c.end <= c.start + MAX_CUE_SECONDS + TOLERANCE for c in cues)
    gaps = [after.start - before.end for before, after in itertools.pairwise(cues)]
    assert not [gap for gap in gaps if TOLERANCE < gap < MIN_GAP_SECONDS], gaps


def test_a_gap_under_half_a_second_between_cues_is_closed_and_a_pause_kept():
    """From an audit: cues 20-60 ms apart (para-1, para-7, para-10) made the caption blink off
    and on between two cues of continuous speech; Netflix's timing guideline closes such gaps."""
    first = _words("Diplomasi digital di masa pandemi menuntut kita, para diplomat,")
    second = _words("untuk bekerja dengan cara baru.", start=first[-1].end + 0.02)
    second[0] = second[0].model_copy(update={"segment": 1})
    third = _words("Tantangannya adalah koneksi.", start=second[-1].end + 2.0)
    words, names = first + second + third, {"S1": "Ayu"}
    cues = build_cues(words, shown_voices(names), duration=RUNS_ON)
    assert len(cues) == 3
    assert cues[0].end == cues[1].start == second[0].start
    assert cues[2].start - cues[1].end == pytest.approx(2.0)
    for spans in (
        vtt_spans(_cues(vtt_text(words, shown_voices(names), duration=RUNS_ON))),
        [
            (s.start.total_seconds(), s.end.total_seconds())
            for s in srt.parse(srt_text(words, shown_voices(names), duration=RUNS_ON))
        ],
    ):
        closed, kept = (round(after[0] - before[1], 3) for before, after in itertools.pairwise(spans))
        assert closed == 0.0 and kept > 1.5


def test_a_cue_held_its_seven_seconds_leaves_no_blink_before_the_next():
    held = _words(" ".join(["aku"] * 20), "A", step=0.35)  # 6.95 s of words, one cue of 79 characters
    reply = _words("Baik.", "B", start=held[-1].end + 0.08)
    cues = build_cues(held + reply, shown_voices({"A": "Ayu", "B": "Budi"}), duration=RUNS_ON)
    assert [(c.speaker_name, c.start, c.end) for c in cues] == [
        ("Ayu", 0.0, MAX_CUE_SECONDS),
        ("Budi", MAX_CUE_SECONDS, reply[-1].start + MIN_CUE_SECONDS),
    ]


def test_a_cue_said_fast_stays_into_the_silence_after_it_until_it_can_be_read():
    """From an audit: on the bundled days cues of fast speech (up to 29 characters a second) left
    the screen before they could be read, with silence after them."""
    fast = _words("Kami tetap melayani warga negara Indonesia di Aljazair.", step=0.2)
    later = _words("Terima kasih.", start=fast[-1].end + 3.0)
    first, second = build_cues(fast + later, shown_voices({"S1": "Ayu"}), duration=RUNS_ON)
    characters = sum(len(line) for line in first.lines)
    assert characters / (first.end - first.start) == pytest.approx(MAX_READING_SPEED)
    assert first.end < second.start == later[0].start
    reply = _words("Terima kasih.", "S2", start=fast[-1].end + 0.1)
    chained = build_cues(fast + reply, shown_voices({"S1": "Ayu", "S2": "Budi"}), duration=RUNS_ON)
    assert chained[0].end == chained[1].start == reply[0].start


@pytest.mark.parametrize(
    "ending",
    [
        "Kami tetap melayani warga negara Indonesia di Aljazair.",  # said fast: would linger 1.6 s
        "Ya.",  # a word of 0.15 s: its second would run 0.85 s past the end
    ],
)
def test_no_cue_outlasts_the_recording(ending):
    """The last cue had lingered to be read, or held its second, past the recording's end (up to
    7 s past it), in both files: a player showed it over nothing, and the SRT ran longer than the audio."""
    talk = _words(LONG_TALK, "S1")
    last = _words(ending, "S2", start=talk[-1].end + 2.0, step=0.2)
    duration = last[-1].end + 0.05
    cues = build_cues(talk + last, shown_voices({"S1": "Ayu", "S2": "Budi"}), duration=duration)
    assert cues[-1].end == pytest.approx(duration) and cues[-1].start < last[0].start + TOLERANCE
    vtt = _cues(vtt_text(talk + last, shown_voices({"S1": "Ayu", "S2": "Budi"}), duration=duration))
    subtitles = list(srt.parse(srt_text(talk + last, shown_voices({"S1": "Ayu", "S2": "Budi"}), duration=duration)))
    assert max(end for _, end in vtt_spans(vtt)) <= duration + TOLERANCE
    assert max(s.end.total_seconds() for s in subtitles) <= duration + TOLERANCE
    _no_overlap(vtt_spans(vtt))


def test_webvtt_shows_the_speaker_where_the_voice_changes():
    """From an audit: players do not show the voice span, so a viewer saw no change of speaker."""
    words = day_words()
    names = {"S1": "Prof. Dr. Ratna Kusumawardani, M.Si.", "S2": "Dr. Ayu"}
    cues = _cues(vtt_text(words, shown_voices(names), duration=RUNS_ON))
    changes = [
        cue for before, cue in zip([None, *cues], cues, strict=False) if before is None or before.voice != cue.voice
    ]
    assert [c.voice for c in changes] == [
        "Prof. Dr. Ratna Kusumawardani, M.Si.",
        "Dr. Ayu",
        "Prof. Dr. Ratna Kusumawardani, M.Si.",
    ]
    assert [c.text.split(": ")[0] for c in changes] == ["Ratna Kusumawardani", "Ayu", "Ratna Kusumawardani"]
    assert not any(c.text.startswith("Ratna Kusumawardani: ") for c in cues if c not in changes)
    check_limits([c.text.split("\n") for c in cues], vtt_spans(cues))


def test_webvtt_shows_a_hostile_name_escaped():
    words = _words("satu dua", "S1") + _words("tiga empat", "S2", start=3.0)
    vtt_file = vtt_text(words, shown_voices({"S1": "Tim <b>R&D</b> -->", "S2": "Ayu"}), duration=RUNS_ON)
    assert "<v Tim &lt;b&gt;R&amp;D&lt;/b&gt; --&gt;>Tim &lt;b&gt;R&amp;D&lt;/b&gt; --&gt;: satu dua" in vtt_file
    assert vtt_file.count("-->") == 2


@pytest.mark.parametrize("name", ["Budi --", "$\\alpha$ Budi --", "Ayu -"])
def test_webvtt_a_name_ending_in_a_dash_closes_its_voice_tag_without_an_arrow(name):
    """A name whose "--" meets the tag's ">" wrote "-->", which a player reads as the next cue's
    times: that speaker's cues came out empty."""
    words = _words("satu dua", "S1") + _words("tiga empat", "S2", start=3.0)
    vtt_file = vtt_text(words, shown_voices({"S1": name, "S2": "Ayu Larasati"}), duration=RUNS_ON)
    assert vtt_file.count("-->") == 2
    cues = _cues(vtt_file)
    # (the WebVTT parser strips the annotation's spaces; webvtt-py keeps them)
    assert [cue.voice.strip() for cue in cues] == [name, "Ayu Larasati"] and "satu dua" in cues[0].text


def test_speakers_whose_short_names_are_the_same_stay_apart_in_webvtt_too():
    words = _words("satu dua tiga", "S1") + _words("empat lima enam", "S2", start=3.0)
    names = {"S1": "Dr. Ayu Larasati, S.Sos.", "S2": "Dr. Ayu Larasati, M.Ikom."}
    assert [c.text.split(": ")[0] for c in _cues(vtt_text(words, shown_voices(names), duration=RUNS_ON))] == list(
        names.values()
    )


def test_srt_and_webvtt_cut_the_words_into_the_same_cues():
    """From an archivist's reading: para-11's WebVTT had 75 cues and its SRT 98, 65 starts shared,
    the room each kept for the name laying the same words out apart."""
    words = day_words()
    names = {"S1": "Prof. Dr. Ratna Kusumawardani, M.Si.", "S2": "Dr. Ayu Larasati"}
    voices = shown_voices(names, by_order={"S1", "S2"})
    vtt = _cues(vtt_text(words, voices, duration=RUNS_ON))
    subtitles = list(srt.parse(srt_text(words, voices, duration=RUNS_ON)))
    srt_spans = [(s.start.total_seconds(), s.end.total_seconds()) for s in subtitles]
    assert len(vtt) == len(subtitles)
    assert all(
        abs(a - b) <= TOLERANCE
        for one, other in zip(vtt_spans(vtt), srt_spans, strict=True)
        for a, b in zip(one, other, strict=True)
    )
    # the same words in each cue: the SRT's with the name before them, the WebVTT's where the voice changes
    assert [c.text.split(": ", 1)[-1].split() for c in vtt] == [s.content.split(": ", 1)[-1].split() for s in subtitles]
    # a cue that shows no name fills the room the SRT's name keeps with its words
    unnamed = [
        (c.text, s.content.split(": ", 1)[-1]) for c, s in zip(vtt, subtitles, strict=True) if ": " not in c.text
    ]
    assert unnamed and any(len(shown.split("\n")[0]) > len(srt_words.split("\n")[0]) for shown, srt_words in unnamed)


@pytest.mark.parametrize("offset", [0.0, 3600 + 59.4996, 3600 * 25 - 0.0005])
def test_srt_and_webvtt_give_each_cue_the_same_millisecond_past_an_hour_too(offset):
    """From a probe of the fifty-first round: a synthetic long day's times ending in .xxx96 s read
    one millisecond apart in 75 of its 76 cues, the WebVTT rounding them and the SRT cutting them,
    so that a cue ending 00:00:59.9996 read 00:01:00.000 in one and 00:00:59,999 in the other."""
    words = [
        SpeakerWord(segment=0, start=w.start + offset, end=w.end + offset, word=w.word, speaker=w.speaker)
        for w in day_words()
    ]
    voices = shown_voices({"S1": "H.E. Chalief Akbar", "S2": "Dr. Ayu Larasati"})
    times = r"(\d\d+:\d\d:\d\d)[.,](\d{3}) --> (\d\d+:\d\d:\d\d)[.,](\d{3})"
    vtt = re.findall(times, vtt_text(words, voices, duration=offset + RUNS_ON))
    subtitles = re.findall(times, srt_text(words, voices, duration=offset + RUNS_ON))
    assert vtt and vtt == subtitles
    assert vtt[0][0] == clock(words[0].start) and vtt[0][0].startswith(f"{int(offset + 0.0005) // 3600:02d}:")


def test_a_marked_name_is_marked_in_each_turns_first_cue_of_both_formats():
    """From an archivist's reading: the SRT gave para-19's swapped guests' names as plain fact."""
    words = day_words()
    names = {"S1": "Prof. Dr. Ratna Kusumawardani, M.Si.", "S2": "Dr. Ayu Larasati"}
    doubt = "may be swapped with Dr. Ayu Larasati"
    voices = shown_voices(names, by_order={"S1"}, doubts={names["S1"]: doubt}, swapped={names["S1"]: names["S2"]})
    subtitles = list(srt.parse(srt_text(words, voices, duration=RUNS_ON, language="id")))
    opening = [
        s.content
        for before, s in zip([None, *subtitles], subtitles, strict=False)
        if before is None or before.content.split(":")[0].split(" (")[0] != s.content.split(":")[0].split(" (")[0]
    ]
    # one short mark that reads alone, for either doubt or both, the SRT having no comment to say
    # what "(urutan?)" meant
    assert opening[0].startswith("Ratna Kusumawardani (nama?):")
    assert opening[1].startswith("Ayu Larasati: ")
    assert sum("(nama?)" in s.content for s in subtitles) == 2  # a turn's first cue, not every cue
    vtt_file = vtt_text(words, voices, duration=RUNS_ON, language="id")
    assert vtt_file.count("Ratna Kusumawardani (nama?):") == 2
    assert "NOTE Nama yang mungkin tertukar" in vtt_file and "↔" in vtt_file
    assert "NOTE " + TEXTS["id"]["name_caption_note"] in vtt_file  # and what "(nama?)" means
    doubted_alone = shown_voices(names, doubts={names["S1"]: doubt}, swapped={names["S1"]: names["S2"]})
    english = srt_text(words, doubted_alone, duration=RUNS_ON, language="en")
    assert english.count("Ratna Kusumawardani (name?):") == 2 and "swapped?" not in english


@pytest.mark.parametrize(
    ("name", "unsure_every"),
    [("Ratna Kusumawardani Dewi", 0), ("Ratna Kusumawardani Dewi", 2), ("Dr. Bayu Anggoro, M.A.", 0)],
)
def test_a_marked_names_first_cue_keeps_every_line_within_the_limit(name, unsure_every):
    """From a review (fifty-eighth round): the two marks in words that read alone, up to 39
    characters after a 24-character name, overflowed the first line (para-19's "Bayu Anggoro (nama
    dari urutan?) (nama tertukar?):", 50 characters) or left it the name alone over one word.  With
    one mark, a 24-character name doubted both ways keeps every line within MAX_LINE_CHARS, and its
    first cue holds more than one word."""
    words = day_words()
    names = {"S1": name, "S2": "Dr. Ayu Larasati"}
    doubt = "may be swapped with Dr. Ayu Larasati"
    voices = shown_voices(names, by_order={"S1"}, doubts={name: doubt}, swapped={name: names["S2"]})
    unsure = [unsure_every and index % unsure_every == 0 for index in range(len(words))]
    subtitles = list(srt.parse(srt_text(words, voices, duration=RUNS_ON, language="id", unsure=unsure)))
    lines = [re.sub("</?u>", "", line) for s in subtitles for line in s.content.split("\n")]
    assert all(len(line) <= MAX_LINE_CHARS for line in lines), max(lines, key=len)
    firsts = [s.content for s in subtitles if "(nama?)" in s.content]
    assert len(firsts) == 2 and all(len(first.split("(nama?):", 1)[1].split()) > 1 for first in firsts)


def test_a_name_holding_the_layouts_own_marks_underlines_nothing():
    """From a review (fifty-eighth round): a speakers.json name "Bob\x0f" (untrusted text) had
    given "Bob</u>:" in both formats, the layout's mark for an unsure word's end left in it."""
    words = _words("satu dua tiga empat lima") + _words("enam tujuh", "S2", start=5.0)
    voices = shown_voices({"S1": "Bob\x0f", "S2": "\x0eAni"}, by_order={"S1"})
    unsure = [True, False, True, False, False, False, True]
    for text in (
        srt_text(words, voices, duration=RUNS_ON, unsure=unsure),
        vtt_text(words, voices, duration=RUNS_ON, unsure=unsure),
    ):
        assert "Bob</u>" not in text and "<u>Ani" not in text
        assert "Bob (nama?): <u>satu</u> dua <u>tiga</u>" in text and "Ani: enam <u>tujuh</u>" in text
        assert text.count("<u>") == text.count("</u>") == 3


def test_an_unsure_words_underline_takes_no_room_and_parses():
    """The underline of a word heard under LOW_CONFIDENCE shows no character: with every other word
    marked, the cues are the same, at the same times, their lines the same less the tags, and both
    files parse.  A word holding the layout's own marks (untrusted text) marks nothing."""
    words = day_words()
    words[3] = words[3].model_copy(update={"word": " \x0epandemi\x0f"})
    voices = shown_voices({"S1": "H.E. Chalief Akbar", "S2": "Dr. Ayu"})
    unsure = [index % 2 == 0 for index in range(len(words))]
    plain_vtt = vtt_text(words, voices, duration=RUNS_ON)
    marked_vtt = vtt_text(words, voices, duration=RUNS_ON, unsure=unsure)
    assert "<u>" not in plain_vtt and "\x0e" not in plain_vtt and "pandemi" in plain_vtt
    assert marked_vtt.split("\n\n")[1].startswith("NOTE Kata bergaris bawah")
    assert re.sub("</?u>", "", marked_vtt.split("\n\n", 2)[2]) == plain_vtt.split("\n\n", 1)[1]
    assert marked_vtt.count("<u>") == marked_vtt.count("</u>") > 0
    cues = list(webvtt.from_buffer(io.StringIO(marked_vtt)))
    assert len(cues) == len(list(webvtt.from_buffer(io.StringIO(plain_vtt))))
    marked_srt = list(srt.parse(srt_text(words, voices, duration=RUNS_ON, unsure=unsure)))
    plain_srt = list(srt.parse(srt_text(words, voices, duration=RUNS_ON)))
    assert [(s.start, s.end, re.sub("</?u>", "", s.content)) for s in marked_srt] == [
        (s.start, s.end, s.content) for s in plain_srt
    ]
    assert all(len(re.sub("</?u>", "", line)) <= MAX_LINE_CHARS for s in marked_srt for line in s.content.split("\n"))
