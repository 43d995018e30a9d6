"""Caption cues from word timestamps: the player limits, and names that try to break the formats."""

from __future__ import annotations

import io

import pytest
import srt
import webvtt

from pipeline.captions import (
    MAX_CUE_SECONDS,
    MAX_LINE_CHARS,
    MAX_LINES,
    MIN_CUE_SECONDS,
    build_cues,
    layout,
    short_name,
)
from pipeline.captions import srt as srt_text
from pipeline.captions import webvtt as vtt_text
from pipeline.diarize import SpeakerWord

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
        assert all(len(line) <= MAX_LINE_CHARS for line in lines), lines
        assert MIN_CUE_SECONDS - TOLERANCE <= end - start <= MAX_CUE_SECONDS + TOLERANCE


def test_cues_keep_the_limits_and_every_word_whole():
    words = day_words()
    cues = build_cues(words, {"S1": "H.E. Chalief Akbar", "S2": "Dr. Ayu"})
    check_limits([c.lines for c in cues], [(c.start, c.end) for c in cues])
    assert " ".join(" ".join(c.lines) for c in cues).split() == [w.word.strip() for w in words]
    assert [c.speaker_name for c in cues].count("Dr. Ayu") == 1, "a reply is its own cue"


def test_cues_break_at_sentence_ends_and_pauses():
    cues = build_cues(day_words(), {"S1": "A", "S2": "B"})
    endings = [" ".join(c.lines).split()[-1] for c in cues]
    assert sum(e.endswith((".", ",")) for e in endings) >= len(endings) // 2, endings


def test_a_long_silence_ends_a_cue():
    words = _words("satu dua", pause_after={0: 3.0})
    assert [c.lines for c in build_cues(words, {"S1": "A"})] == [["satu"], ["dua"]]


def test_layout_balances_two_lines_and_refuses_three():
    lines = layout(
        ["kerja", "sama", "ekonomi", "terus", "berjalan", "dengan", "baik", "di", "tengah", "pandemi", "ini"]
    )
    assert len(lines) == 2 and abs(len(lines[0]) - len(lines[1])) < 12
    assert layout(("kata " * 30).split()) is None


def test_short_name_drops_academic_suffixes():
    assert short_name("Dr. Ayu Larasati, S.Sos., M.Ikom.") == "Dr. Ayu Larasati"
    assert len(short_name("Profesor Doktor Insinyur Bambang Sudibyo Wicaksono")) <= 24


def test_files_parse_and_keep_the_limits():
    words, names = day_words(), {"S1": "H.E. Chalief Akbar", "S2": "Dr. Ayu Larasati, S.Sos., M.Ikom."}
    vtt = webvtt.from_buffer(io.StringIO(vtt_text(words, names)))
    check_limits([c.text.split("\n") for c in vtt], [(c.start_in_seconds, c.end_in_seconds) for c in vtt])
    assert [c.voice for c in vtt][:2] == ["H.E. Chalief Akbar"] * 2
    subtitles = list(srt.parse(srt_text(words, names)))
    check_limits(
        [s.content.split("\n") for s in subtitles],
        [(s.start.total_seconds(), s.end.total_seconds()) for s in subtitles],
    )
    assert subtitles[0].content.startswith("H.E. Chalief Akbar: ")
    assert any(s.content.startswith("Dr. Ayu Larasati: ") for s in subtitles)


@pytest.mark.parametrize("word", ["-->", "<i>", "&amp;", "a\tb", "x\n\ny"])
def test_hostile_names_and_words_cannot_break_the_formats(word):
    words = _words("satu dua tiga empat lima") + [
        SpeakerWord(segment=1, start=5, end=5.5, word=" " + word, speaker="S2")
    ]
    names = {"S1": HOSTILE_NAME, "S2": HOSTILE_NAME}
    vtt_file = vtt_text(words, names)
    vtt = webvtt.from_buffer(io.StringIO(vtt_file))
    assert len(vtt) == 2 and vtt_file.count("-->") == 2
    assert all(c.voice == "Dr. &lt;b&gt;A&lt;/b&gt; &amp; B --&gt; C D E" for c in vtt)
    srt_file = srt_text(words, names)
    subtitles = list(srt.parse(srt_file))
    assert len(subtitles) == 2 and srt_file.count("-->") == 2
    assert "<" not in srt_file and all("\t" not in s.content for s in subtitles)


def test_speakers_whose_short_names_are_the_same_stay_apart_in_srt():
    words = _words("satu dua tiga", "S1") + _words("empat lima enam", "S2", start=3.0)
    names = {"S1": "Dr. Ayu Larasati, S.Sos.", "S2": "Dr. Ayu Larasati, M.Ikom."}
    prefixes = [s.content.split(": ")[0] for s in srt.parse(srt_text(words, names))]
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
    from pipeline.captions import isolated

    assert isolated("محمد عبد الله") == "\u2068محمد عبد الله\u2069"
    assert isolated("Dr. Ayu Larasati") == "Dr. Ayu Larasati"
