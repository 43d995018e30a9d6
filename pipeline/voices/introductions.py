"""A voice's self-introduction: the name it gives itself as its turn opens (kind 'self').

"Nama saya Dewi Lestari dari Unpad, izin bertanya", "Saya Rudi dari tim teknis", "Perkenalkan,
Anindya Kusumawardani dari ...": a name after the words that open an introduction, or one that
opens a sentence and ends at where its bearer is from; not "teman saya, Dinda Aulia" (someone
else's name) nor "saya senang" (no name). unlisted_names.names_called reads it first. Chosen and
measured in docs/speaker-counting.md, "Names the talk gives the voices it does not list".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pipeline.text.language import (
    DEGREE_AFTER,
    HOST_WORDS,
    PEOPLE_ROLES,
    is_fragment,
    normalize,
    place_names,
    stop_words,
)

# the professions a config writes beside a name, which a voice says of itself after its own too
from pipeline.text.language import PROFESSIONS as WRITTEN_PROFESSIONS
from pipeline.text.matching import GREETING_TIMES
from pipeline.voices.calling_words import (
    ADDRESSING,
    AFTER_A_NAME,
    ATTENDING,
    BEFORE_A_NAME,
    BEFORE_AN_ANSWER,
    DIVISIONS,
    EVERYDAY_STATES,
    FETCHED,
    FILLERS,
    GREETINGS,
    HELD_OFFICES,
    INTRODUCED_ZIPF,
    JOBS,
    JOINED_SELF,
    ME,
    NAME_ZIPF,
    NICKNAME_SELF,
    NO_NAME,
    NORTH_SULAWESI,
    NOT_PRESENTED,
    NOT_WHERE_FROM,
    PLACE_WORDS,
    PLACED_JOBS,
    POSSESSED,
    PREDICATE_WORDS,
    PRESENTING,
    PRESENTING_WORDS,
    PROFESSIONS,
    REPLYING,
    SAID_AFTER_ME,
    SELF_TOLD,
    SINCE,
    STRONG_SELF,
    THANKING,
    WEAK_SELF,
)
from pipeline.voices.sentence_names import (
    MarkedWord,
    a_listed_name,
    balinese,
    heard_alone,
    inflected,
    name_from,
    name_like,
    no_word,
    occupation,
    particled_name,
    reads_as_state,
    sentence_words,
    text_cased,
    utterance_sentences,
)

if TYPE_CHECKING:
    pass


def given_after_me(words: list[MarkedWord], at: int, language: str) -> bool:
    """Whether the one word set off after "saya" at words[at] is a name as it would be said alone
    (heard_alone), not a verb nor a state, nor what "saya" does or how it is said (SAID_AFTER_ME)."""
    word = words[at]
    if word.lower in SAID_AFTER_ME | JOBS or reads_as_state(word.lower, language) or says_a_state(words, at):
        return False
    return heard_alone(word, language)


def introductions(
    text: str,
    listed: set[str],
    language: str,
    known: frozenset[str] = frozenset(),
    asked_who: bool = False,
    later: bool = False,
    invited: bool = False,
) -> Iterator[str]:
    """The names an utterance says are the speaker's own ("Nama saya Dewi Lestari", "saya Bayu dari
    UGM", "jadi saya, Lukman Hakim, Wakil Dekan", "Saya, eh, Lestiani, Lestiani Purba", "My name is
    Sarah"), none a configured speaker's, each in the fullest form the text says it ("saya Nabila.
    Nabila Kusuma, dari Unair"). `known`: words the talk calls this voice by, names however common
    ("putri", "indah"). `asked_who`: the voice was asked who it is ("ibu siapa ini?"), so "saya" and
    a rare word need nothing after them ("saya bu lenny ko, dua juta"). `invited`: the voice was
    asked to introduce herself, so in lower case a name as common as a word after a title
    ("putri" 5.3, "bagus" 5.7, under INTRODUCED_ZIPF) is hers where she sets it off before where she is from
    (_set_off_before_where_from: "kita kenalan dulu ya" "saya putri, dari rt tiga"). `later`: past the turn's
    opening, only after "nama saya", "my name is", or
    a name the talk calls the voice ("Terima kasih Dik Fikri" after "... saya Fikri Ramadhan, mahasiswa")."""
    cased = text_cased(text)
    sentences = [sentence_words(sentence) for sentence in utterance_sentences(text)]
    for words in sentences:
        for at in range(len(words)):
            lead = self_lead(words, at)
            if lead is None:
                continue
            start, joined = at + len(lead), lead in JOINED_SELF
            while start < len(words) and words[start].lower in BEFORE_A_NAME:
                start += 1
            if start >= len(words):
                continue
            titled = any(word.lower not in FILLERS for word in words[at + len(lead) : start])
            if joined and titled and not _where_from_set_off(words, start, cased, language):
                continue  # "saya dengan Bu Ratna dari Kemlu sudah berkoordinasi": with her
            word, strong = words[start], lead in STRONG_SELF
            if balinese(words, start):  # "Tiang I Wayan Sudarsana", "saya ni ketut sriasih"
                word = words[start + 1]
            if lead in NICKNAME_SELF:
                plausible = _nickname_given(words, at, start, cased, language)
            elif strong:
                plausible = word.lower not in stop_words(language) and word.lower not in NO_NAME
            else:  # after a mark only as an aside set off by marks ("jadi saya, Lukman Hakim, Wakil Dekan")
                aside = not word.after_a_mark or cased  # "sehingga saya, Heru Prasetyo, diminta ..."
                # in lower case, "saya rizki ramadhan dari ...", not "sampai saya pusing, ..."
                affiliated = (
                    (cased and not joined) or asked_who or _where_from(words, start, cased, language) is not None
                )
                # ... or a name with a particle inside ("saya tiurma boru napitupulu usul saya")
                affiliated = affiliated or particled_name(sentence_words(name_from(words, start, cased, language)))
                # ... or a word the talk calls the voice ("saya dimas mau nanya" "... pak dimas")
                affiliated = affiliated or word.lower in known
                # ... or where one is from said first, the name then set off ("dari pos lima, saya dodi, ...")
                placed_first = _from_before(words, at, start) and given_after_me(words, start, language)
                affiliated = affiliated or placed_first
                common = invited and not cased and _set_off_before_where_from(words, start)
                affiliated = affiliated or common  # "saya teguh kak, kuliah di atma"
                rarer_than = INTRODUCED_ZIPF if common and not reads_as_state(word.lower, language) else NAME_ZIPF
                plausible = (name_like(word, cased, language, rarer_than) or word.lower in known) and affiliated
                plausible = plausible and aside and not says_a_state(words, start)
                plausible = plausible and not inflected(word.lower)  # "bukan pak, saya temannya pak salim"
                plausible = plausible and not _possessing(words, at)  # "teman saya, Dinda"
                plausible = plausible and not speaks_for_a_place(words, start)  # "saya klaten pak, dari bidang"
            name = name_from(words, start, cased, language) if plausible else ""
            if later and not strong and word.lower not in known:
                name = ""  # past the opening, "saya X" only for an X the talk calls the voice
            if name and not all_listed(name, listed):  # "saya juga Arif, Arif Setiawan" beside the guest Arif Rahman
                yield _fullest(name, sentences, cased, language)
                return
        if not later and (name := _presented(words, cased, language)) and not all_listed(name, listed):
            yield name
            return
        if not later and not cased and (name := _this_is(words, language)) and not all_listed(name, listed):
            yield name
            return


def speaks_for_a_place(words: list[MarkedWord], at: int) -> bool:
    """Whether words[at], after "saya", is the town or province one speaks for, not one's name: a
    place (place_names), set off, a title besides or not, before "dari" and a part of an
    organisation (DIVISIONS): "saya klaten pak, dari bidang pemerintahan", "Saya Ponorogo, Pak, dari
    Bidang Advokasi", said in a round of introductions by who comes from where. A man called Bima
    or Kendal who says so loses his name ("saya bima, dari bidang hukum"); "saya Bima dari Mataram"
    keeps it."""
    if words[at].lower not in place_names():
        return False
    after = at + 1
    while after < len(words) and words[after].lower in ADDRESSING:
        after += 1
    return (
        after + 1 < len(words)
        and words[after].after_a_mark
        and words[after].lower == "dari"
        and words[after + 1].lower in DIVISIONS
    )


def _nickname_given(words: list[MarkedWord], at: int, start: int, cased: bool, language: str) -> bool:
    """Whether "panggil aja" or "panggil saja" at words[at] gives the speaker's own name at
    words[start]: the words open a clause, and the one word after them may be a name, set off after
    it, past the title of the one asked, by a mark or the sentence's end ("halo, panggil aja ucup",
    "panggil aja dimas coach, bek kiri"); not "kita panggil aja pak mandor langsung", "panggil aja
    tukang pijatnya", "panggil aja saya, ekstensi dua satu"."""
    if start != at + 2 or (at and not words[at].after_a_mark):
        return False
    word = words[start]
    if not name_like(word, cased, language) or inflected(word.lower) or word.lower in FETCHED:
        return False  # "panggil aja damkar, asapnya tebal", "oke, panggil aja bareng, biar cepat"
    after = start + 1
    while after < len(words) and words[after].lower in ADDRESSING and not words[after].after_a_mark:
        after += 1
    return after == len(words) or words[after].after_a_mark


def _from_before(words: list[MarkedWord], at: int, start: int) -> bool:
    """Whether the "saya" at words[at] follows where the speaker is from, said first and set off
    ("dari kebumen, saya yosef, genteng press", "dari pos lima, saya dodi, ..."),
    and the one word after it is set off too: the clause before it is "dari" and a place of
    PLACE_WORDS words at most, past a greeting, not since when or in what respect (NOT_WHERE_FROM);
    not "dari blora, saya kira harga pupuk ...", "dari hasil rapat, saya catat, ..."."""
    if not at or not words[at].after_a_mark or start + 1 >= len(words) or not words[start + 1].after_a_mark:
        return False
    opening = next((i for i in range(at) if words[i].lower not in GREETINGS | FILLERS), at)
    if words[opening].lower != "dari" or at - opening - 1 > PLACE_WORDS or opening + 1 >= at:
        return False
    if words[opening + 1].lower in NOT_WHERE_FROM:  # "dari kemarin, saya nunggu", "dari segi biaya, saya usul"
        return False
    return not any(word.after_a_mark for word in words[opening + 1 : at])


def says_a_state(words: list[MarkedWord], at: int) -> bool:
    """Whether the word at words[at], after "saya", says how one is, not who: an everyday state
    (EVERYDAY_STATES: "saya gugup kak, boleh nanti aja") or any word a degree word follows ("saya
    grogi banget kak", "saya capek sekali bu"): a name is never said "sekali" or "banget"."""
    following = words[at + 1] if at + 1 < len(words) else None
    degree = following is not None and not following.after_a_mark and following.lower in DEGREE_AFTER
    return words[at].lower in EVERYDAY_STATES or degree


def _fullest(name: str, sentences: list[list[MarkedWord]], cased: bool, language: str) -> str:
    """The longest form of `name` that opens a sentence of the text ("saya Nabila. Nabila Kusuma,
    dari Unair."; not "kantor kami di Jalan Slamet Riyadi" after "Saya Slamet")."""
    said = normalize(name).split()
    opening = [next((at for at, word in enumerate(words) if word.lower not in FILLERS), None) for words in sentences]
    forms = [
        name_from(words, at, cased, language)
        for words, at in zip(sentences, opening, strict=True)
        if at is not None and words[at].lower == said[0]
    ]
    longer = [form for form in forms if normalize(form).split()[: len(said)] == said]
    return max([name, *longer], key=lambda form: len(form.split()))


def _possessing(words: list[MarkedWord], at: int) -> bool:
    """Whether the word before "saya" at words[at] makes it "my" ("teman saya, Dinda Aulia, titip
    pertanyaan"): not where a mark sets "saya" off from it ("Selamat siang Ibu, saya Yosef Laka"),
    nor where it is the audience greeted or thanked, after a greeting, thanks or another word of
    address ("selamat pagi bapak ibu saya Fitriani yang akan memandu"), or the one who called a roll
    or asked, after a reply ("hadir om saya fendi chapter surabaya")."""
    if not at or words[at].after_a_mark or words[at - 1].lower not in POSSESSED:
        return False
    greeting = ADDRESSING | GREETING_TIMES | THANKING | REPLYING | ATTENDING
    return not (words[at - 1].lower in ADDRESSING and at >= 2 and words[at - 2].lower in greeting)


def _presented(words: list[MarkedWord], cased: bool, language: str) -> str | None:
    """A name that opens a sentence, or a clause after "dengan" or "ini", and ends at "dari" or
    "from": "Dengan Yohanes Bria, dari Kupang", "Daniel Okafor, from the Embassy", "iya terima kasih
    kak, dengan Nurul Hikmah, dari Tenggarong", "Om swastiastu kak, ini Komang Ayu dari Singaraja"."""
    if not cased:
        return None
    for clause in [0, *(at for at in range(1, len(words)) if words[at].after_a_mark)]:
        start = clause
        while start < min(len(words), clause + PRESENTING_WORDS) and words[start].lower in PRESENTING:
            start += 1
        if start == clause and words[start].lower == "kita" and (name := _kita(words, start + 1, language)):
            return name
        # inside a sentence only after a word that presents
        if (start > clause or clause == 0) and (name := _presented_from(words, start, start > clause, language)):
            return name
    return None


def _this_is(words: list[MarkedWord], language: str) -> str | None:
    """In lower-case ASR, the name after "ini" (and "aku", "saya", "gue") opening a clause, past
    greetings and titles: "hai semua ini aku yanti yang dulu duduk di belakang", "eyang, ini bimo
    sama istri", "bu bidan ini rahma ikut gabung ya"), where family and friends say no "dari" after
    it. The name is no word of the stemmer's dictionary nor a common English one ("ini saya share
    dulu"); not "ini bukan fitri", "ini mamanya gilang"."""
    for at, word in enumerate(words):
        opening = word.after_a_mark or all(w.lower in BEFORE_AN_ANSWER | NO_NAME for w in words[:at])
        if word.lower != "ini" or not opening:
            continue
        start = at + 1 + (at + 1 < len(words) and words[at + 1].lower in ME)
        while start < len(words) and words[start].lower in ADDRESSING:  # "ini cici yuli"
            start += 1
        if start >= len(words) or not name_like(words[start], False, language):
            continue
        if no_word(words[start].lower):
            return name_from(words, start, False, language)
    return None


def _kita(words: list[MarkedWord], at: int, language: str) -> str | None:
    """The name after Manado's "Kita" ("I") opening a clause, as _presented_from reads one that opens
    a sentence (no word of the dictionary, no acronym: "Kita Dinas Pariwisata dari Manado", "Kita
    BPBD dari ..." are "we"), where where its bearer is from ends the clause, with no predicate or
    time after "dari" ("Kita Jeane dari Tomohon, mau bertanya"; not "Kita Tondano dari dulu sudah ...")."""
    if at >= len(words) or words[at].written.isupper() or words[at].lower in NORTH_SULAWESI:
        return None
    name = _presented_from(words, at, False, language)
    if name is None or not _where_from_set_off(words, at, True, language):
        return None
    after = at + len(name.split())
    ending = words[after + 1 : after + 2 + PLACE_WORDS]
    if any(word.lower in PREDICATE_WORDS | SINCE for word in ending):
        return None
    return name


def _presented_from(words: list[MarkedWord], start: int, after_presenting: bool, language: str) -> str | None:
    """The name at words[start] if it is one presented, ending at "dari" or "from"."""
    if start >= len(words) or not words[start].written[0].isupper() or len(words[start].lower) < 3:
        return None
    # Papuan "Sa dari Jayapura" ("saya"); "dengan Universitas Diponegoro dari tahun lalu"; someone
    # else by title ("dengan Pak Budi dari Kemlu kami sudah berkoordinasi")
    if (words[start].lower,) in WEAK_SELF or words[start].lower in NOT_PRESENTED:
        return None
    name = name_from(words, start, True, language)
    after = start + len(name.split())
    if after >= len(words) or words[after].lower not in ("dari", "from"):
        return None
    # a word that opens a sentence has its capital anyway: "Sambutan dari Bapak Rektor" is none, nor
    # is any word the stemmer's dictionary holds ("sambut", "tanggap", Manado's "Kita" for "I");
    # after "dengan" the capital is a name's: two words of it are enough ("dengan Siti Rahmah, dari
    # Dumai"), or one outside the dictionary ("Mohon izin, dengan Bagus Wicaksono dari Kemlu")
    weighed = name.lower().split() if after_presenting else name.lower().split()[:1]
    if after_presenting and len(weighed) >= 2:
        return name
    rare = any(is_fragment(word) and name_like(MarkedWord(word, word, False), False, language) for word in weighed)
    return name if rare else None


def all_listed(name: str, listed: set[str]) -> bool:
    """A name said as one's own that is a configured speaker's: every word of it is one of hers."""
    return all(a_listed_name(word, listed) for word in name.split())


def _where_from(words: list[MarkedWord], at: int, cased: bool, language: str) -> int | None:
    """Where the word saying where or what the bearer of the name that starts at words[at] is from
    follows it ("dari", "selaku", "mahasiswa"), or None: in lower-case text a rare word alone after
    "saya" may be how she feels ("pusing")."""
    after = at + len(name_from(words, at, cased, language).split())
    return after if after < len(words) and words[after].lower in AFTER_A_NAME else None


def _set_off_before_where_from(words: list[MarkedWord], at: int) -> bool:
    """Whether words[at], alone or with the title she calls the one who asked by, is set off by a
    mark, and the clause after the mark or a later one of the sentence opens with what follows a
    name (AFTER_A_NAME) or says who she is (SELF_TOLD, a job: _says_who_she_is): "saya putri, dari
    rt tiga", "saya teguh kak, kuliah di atma", "saya fajar, jualan cilok di depan sekolah, dari
    kampung pasir"; not "dari" and since when ("saya bingung, dari tadi"), nor a sentence that says
    none of it ("saya gugup kak, baru pertama ikut")."""
    after = at + 1
    while after < len(words) and words[after].lower in ADDRESSING and not words[after].after_a_mark:
        after += 1  # "saya teguh kak, ..."
    if after >= len(words) or not words[after].after_a_mark:
        return False
    return any(_says_who_she_is(words, clause) for clause in range(after, len(words)) if words[clause].after_a_mark)


def _says_who_she_is(words: list[MarkedWord], at: int) -> bool:
    """Whether words[at] says who one is, after her name: where she is from (not "dari" and since
    when), a word of SELF_TOLD or AFTER_A_NAME, "anak" and such a word, or a job or a profession
    ("petani", "guru", "tukang", "ilustrator": "saya kirana mas, ilustrator buku anak")."""
    said = words[at].lower
    following = words[at + 1].lower if at + 1 < len(words) else ""
    if said == "dari":
        return following not in SINCE
    if said == "anak":  # one of a place or a class ("anak rt dua", "anak kelas lima"), not "anak saya"
        return following in SELF_TOLD
    return said in AFTER_A_NAME | SELF_TOLD | PROFESSIONS | WRITTEN_PROFESSIONS or a_post(said)


def _where_from_set_off(words: list[MarkedWord], at: int, cased: bool, language: str) -> bool:
    """Whether the name that starts at words[at] is followed by where its bearer is from, and that
    ends the clause: a mark or the sentence's end within PLACE_WORDS words, or, in text without
    marks (lower-case ASR), no word of a predicate there ("saya dengan Ibu Hajjah Siti Aminah dari
    Kendal, izin bertanya"; not "saya dengan Bu Ratna dari Kemlu sudah berkoordinasi")."""
    after = _where_from(words, at, cased, language)
    if after is None:
        return False
    ending = words[after + 1 : after + 2 + PLACE_WORDS]
    if not cased:
        return not any(word.lower in PREDICATE_WORDS for word in ending)
    return len(ending) <= PLACE_WORDS or any(word.after_a_mark for word in ending[1:])


def self_lead(words: list[MarkedWord], at: int) -> tuple[str, ...] | None:
    for lead in STRONG_SELF + JOINED_SELF + NICKNAME_SELF + WEAK_SELF:
        said = tuple(word.lower for word in words[at : at + len(lead)])
        if said == lead and not any(word.after_a_mark for word in words[at + 1 : at + len(lead)]):
            return lead
    return None


POSTS = JOBS | PLACED_JOBS | HELD_OFFICES | HOST_WORDS | PEOPLE_ROLES  # a_post


def a_post(word: str) -> bool:
    """Whether a word is a post, a job or a part in the event ("ketua", "bendahara", "moderator",
    "dosen", "penguji")."""
    return word in POSTS or occupation(word)
