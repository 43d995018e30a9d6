"""transcript.txt, and the talk text and times every export is written from."""

from __future__ import annotations

import datetime
import re

import pytest
from pydantic import TypeAdapter

from conftest import RUNS_ON
from pipeline.artifacts import Spoken, clock
from pipeline.diarize import Diarization, SpeakerStats, SpeakerWord, Turn, utterances_of
from pipeline.exports.captions import plain, webvtt
from pipeline.exports.page_text import TEXTS
from pipeline.summary import PARAGRAPH_SECONDS, DayInfo, transcript_text
from pipeline.voices.shown_voices import day_voices, shown_voices

DAY = DayInfo(
    id="para-10", title="Diplomasi Digital", date=datetime.date(2021, 3, 5), language="id", config_file="para-10.yaml"
)
# a turn's name, less the mark of a name the config's order alone gave (the voices made here are so named)
PARAGRAPH = re.compile(rf"\[(\d\d):(\d\d):(\d\d)\] (.+?)(?: {re.escape(TEXTS['id']['by_order_mark'])})?:\n(.+)")


def _diarization(
    said: list[tuple[str, float, float, str]], music: frozenset[str] = frozenset(), turns=None
) -> Diarization:
    """`said`: (voice, start, end, text) per segment, one word every 0.4 s."""
    words = []
    for segment, (voice, start, end, text) in enumerate(said):
        for number, word in enumerate(text.split()):
            at = min(start + 0.4 * number, end)
            words.append(SpeakerWord(segment=segment, start=at, end=min(at + 0.3, end), word=f" {word}", speaker=voice))
    voices = list(dict.fromkeys(voice for voice, *_ in said)) + sorted(
        {t.speaker for t in turns or []} - {v for v, *_ in said}
    )
    names = {"A": "H.E. Chalief Akbar", "B": "Moderator", "M": "Music 1"}
    speakers = [
        SpeakerStats(
            label=v, name=names[v], named_by="music" if v in music else "order", talk_seconds=1, words=0, first_seen=0
        )
        for v in voices
    ]
    turns = turns if turns is not None else [Turn(speaker=v, start=s, end=e) for v, s, e, _ in said]
    return Diarization.model_construct(
        num_speakers=len(speakers), speakers=speakers, turns=turns, words=words, utterances=utterances_of(words)
    )


def _transcript(diarization: Diarization, day: DayInfo = DAY) -> str:
    return transcript_text(diarization, day, day_voices(diarization))


def _paragraphs(text: str) -> list[tuple[int, str, str]]:
    header, *body = text.rstrip("\n").split("\n\n")
    assert not PARAGRAPH.fullmatch(header)
    found = [PARAGRAPH.fullmatch(paragraph) for paragraph in body]
    assert all(found), body
    return [(int(h) * 3600 + int(m) * 60 + int(s), name, said) for h, m, s, name, said in (f.groups() for f in found)]


def test_a_long_turn_is_stamped_at_least_every_paragraph_span():
    """From an audit: a 187 s turn had one time stamp, and a point said at 207 s was 184 s from it."""
    said = [("B", 0.0, 3.0, "Silakan, Pak Duta Besar.")]
    said += [("A", 4.0 + 6 * n, 9.5 + 6 * n, f"kalimat nomor {n} tentang diplomasi digital kita.") for n in range(40)]
    said += [("B", 250.0, 252.0, "Terima kasih.")]
    text = _transcript(_diarization(said))
    paragraphs = _paragraphs(text)
    assert [name for _, name, _ in paragraphs][:3] == ["Moderator", "H.E. Chalief Akbar", "H.E. Chalief Akbar"]
    stamps = [at for at, _, _ in paragraphs]
    for _, start, end, _ in said:  # every moment said is within a paragraph span of a stamp before it
        assert max(s for s in stamps if s <= start) >= end - PARAGRAPH_SECONDS - 6
    assert " ".join(p for _, _, p in paragraphs).split() == " ".join(t for *_, t in said).split()
    assert 30 <= PARAGRAPH_SECONDS <= 60


def test_the_transcript_says_which_day_it_is_of():
    said = [("A", 0.0, 2.0, "Selamat pagi.")]
    header = _transcript(_diarization(said)).split("\n\n")[0]
    assert "para-10" in header and "Diplomasi Digital" in header and "2021-03-05" in header
    undated = _transcript(_diarization(said), DAY.model_copy(update={"date": None})).split("\n\n")[0]
    assert "para-10" in undated and "None" not in undated


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_name_by_order_is_marked_in_the_pages_language(language):
    """An Indonesian day's transcript.txt and WebVTT had said "(name by order, unchecked)", "Named by the
    config's order alone ..." and "Transcript of" in English beside its Indonesian page: each says them
    as its page does."""
    said = [("A", 0.0, 2.0, "Selamat pagi."), ("B", 3.0, 5.0, "Silakan, Pak.")]
    texts, diarization = TEXTS[language], _diarization(said)
    voices = day_voices(diarization)
    lines = transcript_text(diarization, DAY, voices, language).split("\n")
    assert lines[0].startswith(texts["transcript_of"].format(day=DAY.id, title=""))
    assert lines[1] == texts["by_order_note"].format(names="H.E. Chalief Akbar; Moderator")
    assert f"] H.E. Chalief Akbar {texts['by_order_mark']}:" in "\n".join(lines)
    vtt = webvtt(diarization.words, voices, duration=RUNS_ON, language=language)
    assert vtt.split("\n\n")[1] == "NOTE " + texts["by_order_note"].format(names="H.E. Chalief Akbar; Moderator")


def test_lyrics_are_a_song_in_the_transcript():
    said = [("M", 0.0, 6.0, "Indonesia tanah airku tanah tumpah darahku"), ("A", 8.0, 10.0, "Selamat pagi.")]
    paragraphs = _paragraphs(_transcript(_diarization(said, frozenset({"M"}))))
    assert paragraphs[0] == (0, "Music 1", "♪ Indonesia tanah airku tanah tumpah darahku ♪")
    assert paragraphs[1] == (8, "H.E. Chalief Akbar", "Selamat pagi.")


def test_a_song_without_words_is_noted_where_it_plays():
    """A wordless song is listed in summary.json (talk time, no words): the transcript says when it played."""
    said = [("A", 70.0, 72.0, "Selamat pagi.")]
    turns = [
        Turn(speaker="M", start=0.0, end=30.0),
        Turn(speaker="M", start=30.5, end=62.0),
        Turn(speaker="A", start=70.0, end=72.0),
    ]
    paragraphs = _paragraphs(_transcript(_diarization(said, frozenset({"M"}), turns)))
    assert [(at, name) for at, name, _ in paragraphs] == [(0, "Music 1"), (70, "H.E. Chalief Akbar")]
    assert paragraphs[0][2].startswith("♪") and paragraphs[0][2].endswith("♪") and "00:01:02" in paragraphs[0][2]


@pytest.mark.parametrize(
    "separator", ["\n", "\r\n", "\n\n", "\r", "\v", "\f", "\t", "\x1e", "\x85", "\u2028", "\u2029", " \n \n "]
)
def test_a_line_break_in_talk_text_is_a_space(separator):
    """From an audit: ' satu\\ndua' was read back as ' satudua', one word in every export."""
    word = SpeakerWord.model_validate(
        {"segment": 0, "start": 0, "end": 1, "word": f" satu{separator}dua", "speaker": "A"}, context={"reading": True}
    )
    assert word.word.startswith(" satu ") and word.word.split() == ["satu", "dua"]
    assert set(word.word) <= set(" satud")
    assert webvtt([word], shown_voices({"A": "Ayu"}), duration=RUNS_ON).endswith("<v Ayu>satu dua\n")


def test_a_line_break_read_back_keeps_the_words_and_their_utterance_in_step():
    """speakers.json is refused where an utterance's text is not its words' joined: a break that
    ends one word before a space that begins the next must read the same in both."""
    spoken = TypeAdapter(Spoken).validate_python
    written = [" satu\n", "\ndua", " tiga\u2028", " empat", "\u2029-lima", "\r\n"]
    assert spoken("".join(written).strip()) == "".join(spoken(word) for word in written).strip()
    assert plain(spoken("".join(written))) == "satu dua tiga empat -lima"


@pytest.mark.parametrize(
    "seconds, shown",
    [
        (None, ""),
        (0, "00:00:00"),
        (59.9, "00:00:59"),
        (59.9994, "00:00:59"),
        (3661, "01:01:01"),
        (3723.4, "01:02:03"),
        (90000, "25:00:00"),
        (360000, "100:00:00"),
        (-0.3, "00:00:00"),  # before the start: the start, not "-1:59:59"
    ],
)
def test_clock_counts_hours_past_a_day(seconds, shown):
    assert clock(seconds) == shown


@pytest.mark.parametrize(
    "seconds, shown",
    [(59.9996, "00:01:00"), (3599.9996, "01:00:00"), (12.3455, "00:00:12"), (3723.0004, "01:02:03")],
)
def test_clock_shows_the_second_of_the_millisecond_the_captions_show(seconds, shown):
    """A time is rounded to the millisecond once, then cut to its second: the page and
    transcript.txt had cut 59.9996 s to 00:00:59 where the WebVTT rounded it to 00:01:00.000."""
    assert clock(seconds) == shown
    assert clock(seconds, ".").startswith(shown + ".") and clock(seconds, ",").startswith(shown + ",")


@pytest.mark.parametrize("language", ["id", "en"])
def test_unsure_words_are_marked_in_every_export_that_carries_words(language):
    """From an archivist's reading: the page marks a word heard under LOW_CONFIDENCE, and transcript.txt,
    the SRT and the WebVTT gave it as plainly as any other.  transcript.txt puts a run of them (a word
    and its glued stop too) between braces, the captions underline it, and the text and the WebVTT's
    NOTE say why; a word's own braces are no mark."""
    import srt as srt_format

    from pipeline.exports.captions import srt

    said = [("A", 0.0, 4.0, "Selamat pagi Pak {Duta} Besar"), ("B", 5.0, 7.0, "Silakan, Pak.")]
    diarization = _diarization(said)
    diarization.words.insert(5, diarization.words[4].model_copy(update={"word": "."}))  # glued to "Besar"
    diarization = Diarization.model_construct(**(dict(diarization) | {"utterances": utterances_of(diarization.words)}))
    unsure = [False, True, False, False, True, True, False, False]  # pagi; Besar and its stop
    voices, texts = day_voices(diarization), TEXTS[language]
    text = transcript_text(diarization, DAY, voices, language, unsure)
    threshold = "0,5" if language == "id" else "0.5"
    note = texts["unsure_text_note"].format(threshold=threshold)
    assert note in text.split("\n\n")[0].splitlines()
    assert "Selamat {pagi} Pak ｛Duta｝ {Besar.}" in text
    vtt = webvtt(diarization.words, voices, duration=RUNS_ON, language=language, unsure=unsure)
    assert "NOTE " + texts["unsure_captions_note"].format(threshold=threshold) in vtt
    assert "Selamat <u>pagi</u> Pak {Duta} <u>Besar.</u>" in vtt
    subtitles = list(srt_format.parse(srt(diarization.words, voices, duration=RUNS_ON, unsure=unsure)))
    assert "Selamat <u>pagi</u> Pak ｛Duta｝ <u>Besar.</u>" in subtitles[0].content
    # none unsure: no mark and no note, as before
    plain_text = transcript_text(diarization, DAY, voices, language)
    assert "{" not in plain_text and note not in plain_text
    assert "<u>" not in webvtt(diarization.words, voices, duration=RUNS_ON, language=language)
