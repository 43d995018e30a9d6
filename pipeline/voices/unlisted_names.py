"""The names the talk gives the voices the config does not list.

A participant who asks says who she is ("Nama saya Dewi Lestari dari Unpad, izin bertanya"), or
the moderator gives her the floor by name ("Silakan, Mas Bima"); an unlisted MC or technician
introduces himself ("Saya Rudi dari tim teknis"). Such a voice keeps its label ("Speaker 4": the
config does not say who it is), and the record says the name the talk called it, with the
moment, so a researcher can tell one asker from another and check by ear. Nothing here renames a
configured speaker (naming.py does that), and a name that is a configured speaker's is not taken.

A wrong name is worse than none, so only three plain forms are read: a self-introduction opening
the voice's turn, a title and name handed the floor as the turn before it ends, and a title and
name thanked as the turn after it opens; and, for a voice none of these names, three more: a title
and name thanked for a question in the answer to the voice's, or called as that answer opens
right after it (kind 'answer'), and a title and
name asked something the voice replies to in a few words (kind 'asked'), and one of the guests a
configured voice announces together, by the title alone or the order the talk hands each the
floor in (guests_announced, kind 'hand-over'); a title, a role or a
people ("Pak Konjen", "Bu Bidan",
"saya Dayak dari ..."), a name said of someone ("pertanyaan dari Mbak Sinta" read from the chat),
a turn put later ("setelah Mas Arif") and a hand-over the voice's own introduction contradicts
give nothing. Chosen and measured in docs/speaker-counting.md, "Names the talk gives the voices it
does not list".

names_called and the hand-overs, thanks and echoes are read here; the word lists are in
calling_words.py, a sentence's words and a title and name called in sentence_names.py, the
self-introductions in introductions.py, and the answers, requests and announced guests in
answers_and_guests.py.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from pydantic import Field

from pipeline.artifacts import Strict
from pipeline.config import Speaker
from pipeline.text.language import (
    HONORIFICS,
    WRITTEN_TITLES,
    core_name,
    is_bare_verb,
    is_fragment,
    is_prefixed,
    normalize,
    place_names,
)
from pipeline.text.numbers import is_number_word, is_ordinal_word
from pipeline.voices.answers_and_guests import (
    askers_thanked,
    guests_announced,
    name_said_in,
    only_replies,
    past_a_post,
    replies_asked,
    sentence_opening,
    thanks_several,
    thanks_the_name,
)
from pipeline.voices.calling_words import (
    ABOUT,
    ADDRESSING,
    AGENDA_ITEMS,
    ALSO,
    ANSWER_ROUND,
    ANSWER_SENTENCES,
    ASKING_OF,
    ASSENTING,
    AT_SECOND_HAND,
    ATTENDING,
    BARE_GIVING,
    BARE_NAME_ZIPF,
    BEFORE_A_NAME,
    BEFORE_AN_ANSWER,
    BRINGING_ON,
    CALL_GREETINGS,
    CALLED_FOR_NOW,
    CALLING_AFTER,
    CALLING_TITLES,
    CALLING_WORDS,
    CLAUSE_MARKS,
    CLOSING_WORDS,
    DENYING,
    ECHOING,
    FILLERS,
    GIVING,
    GOING_ON,
    GREETINGS,
    HANDING_SENTENCES,
    HANDLING,
    HOLIDAYS_ALSO_NAMES,
    INTRODUCTIONS_ASKED,
    ITEM_PLACES,
    JOBS,
    JOINING,
    LATER_INTRODUCTION_UTTERANCES,
    ME,
    MICROPHONE,
    MY,
    NAME_WORDS,
    NAME_ZIPF,
    NO_NAME,
    PICKED_WITH,
    PICKING,
    PROFESSIONS,
    QUESTION_WORDS,
    REPLIED_STATES,
    REPLYING,
    REPORTED_SENTENCES,
    ROUND_HAND_ON_WORDS,
    SAYING_WHAT_IS_DONE,
    SAYING_WHO,
    SPOKEN_OF,
    TALKING_OVER_WORDS,
    THANKING,
    UNITS,
    UNMARKED_QUESTION,
    WHO_ASKED,
    WRITTEN_IN,
)
from pipeline.voices.introductions import (
    all_listed,
    given_after_me,
    introductions,
    says_a_state,
    self_lead,
    speaks_for_a_place,
)
from pipeline.voices.naming import (
    EDGE_UTTERANCES,
    EVIDENCE_SHOWN,
    HANDOVER_GAP_SECONDS,
    OF_SOMEONE,
    QUESTIONER,
    THANKS,
    WORD_ZIPF,
    NamingEvidence,
    moment,
    past_a_hand_over,
    voice_runs,
)
from pipeline.voices.sentence_names import (
    FoundName,
    MarkedWord,
    NamesSaid,
    a_listed_name,
    by_whom,
    clause_opening,
    doer_of,
    heard_alone,
    name_addressed,
    name_end,
    name_from,
    name_like,
    no_word,
    one_with,
    passive,
    presented_by,
    report_from,
    run_sentences,
    same_person,
    sent_by,
    sentence_words,
    text_cased,
    to_lead,
    utterance_sentences,
)

if TYPE_CHECKING:
    from pipeline.diarize import Utterance


class CalledName(Strict):
    """A name the talk gives a voice the config does not list, and where it says it."""

    name: str = Field(description="the name as the talk says it")
    evidence: list[NamingEvidence] = Field(
        max_length=EVIDENCE_SHOWN, description="its introduction, hand-over, thanks, answer or request"
    )


def names_called(
    unlisted: set[str], speakers: list[Speaker], utterances: list[Utterance], language: str
) -> dict[str, list[CalledName]]:
    """For each unlisted voice, the names the talk calls it, turn by turn: its own introduction as
    a turn opens; else a hand-over by title and name ending the turn before (within
    HANDOVER_GAP_SECONDS, past a configured speaker talking over it; names announced with it go to
    the voices that follow straight after, in their order), and thanks by title and name opening
    the turn after, the thanks winning where the two differ (a floor handed to someone whose
    microphone failed went to someone else) and naming no one another voice already is. A voice
    called by two names (two askers diarization heard as one) keeps both."""
    listed = {word for speaker in speakers for word in normalize(core_name(speaker.name)).split() if len(word) >= 3}
    runs = voice_runs(utterances)
    names = functools.cache(lambda: _said_as_names(utterances))
    handed = _hand_overs(utterances, runs, unlisted, listed, language, names)
    answers = askers_thanked(utterances, runs, unlisted, listed, language, names)
    requests = replies_asked(utterances, runs, unlisted, listed, language, names)
    announced = guests_announced(utterances, runs, unlisted, listed, language, names, handed)
    echoed = _echoes(utterances, runs, unlisted, listed, language, handed)
    found: dict[str, list[FoundName]] = {}
    for number, (first, last) in enumerate(runs):
        voice = utterances[first].speaker
        if voice not in unlisted:
            continue
        opening = utterances[first : min(last, first + EDGE_UTTERANCES - 1) + 1]
        # "oh, mbak lala ya?" "bukan mas, saya rina, lala itu kakak saya"
        denied = _denies(opening[0].text, listed, language)
        guessed = handed.get(number)
        others = [None if denied and guessed and _guessed(utterances, runs, number, guessed.name) else guessed]
        if number + 1 < len(runs):
            others.append(_thanked(utterances, runs, number + 1, listed, language, names))
        others = [one for one in others if one and not _calls_back(opening, one.name)]
        # read together: a name cut at a segment's end goes on ("nama saya Muhammad" / "Ilham Nur Fauzi dari");
        # a common word the floor was handed to is a name ("Mbak Putri, silakan." "saya putri ayu lestari dari")
        known = frozenset(normalize(one.name).split()[0] for one in others) | _called_in_reply(
            utterances, runs, number, language, names
        )
        asked_who = number > 0 and _ends_asking(utterances, runs[number - 1], WHO_ASKED)
        invited = _in_introductions(utterances, runs, number, language) or _picks_up_a_call(utterances, runs, number)
        introduced = next(
            introductions(" ".join(u.text for u in opening), listed, language, known, asked_who, invited=invited), None
        )
        if introduced is None and denied:
            introduced = denied
        if introduced is None and asked_who:  # "dengan siapa?" "halo mas, ning mas, di dusun krajan"
            introduced = _name_given(opening[0].text, listed, language)
        said_in = opening[0]
        if introduced is None:  # after the greetings and a check that the microphone works
            later = utterances[first : min(last, first + LATER_INTRODUCTION_UTTERANCES - 1) + 1]
            introduced = next(introductions(" ".join(u.text for u in later), listed, language, known, later=True), None)
            if introduced:  # the moment is the utterance that says it
                named = normalize(introduced).split()[0]
                said_in = next((u for u in later if named in normalize(u.text).split()), later[-1])
        own = FoundName(introduced, moment(said_in, "self")) if introduced else None
        if own is None and (handed_as := handed.get(number)):
            own = _corrected(opening, handed_as, language)
        if own:
            taken = [own] + [one for one in others if same_person(one.name, own.name)]
        elif len(others) == 2 and not same_person(others[0].name, others[1].name):
            taken = others[1:]
        else:
            taken = others
        # named only in an answer, asked by name, one of the guests announced together, or said back
        # when asked who it was
        later = answers.get(number) or requests.get(number) or announced.get(number) or echoed.get(number)
        if not taken and later and not _calls_back(opening, later.name):
            taken = [later]
        found.setdefault(voice, []).extend(taken)
    # thanks that name a person another voice introduced or was handed the floor as are the
    # answer to several questions at once ("Terima kasih Mbak Hana" after the second asker)
    owned = [
        (voice, one.name) for voice, names in found.items() for one in names if one.moment.kind not in AT_SECOND_HAND
    ]
    found = {
        voice: [
            one
            for one in names
            if one.moment.kind not in AT_SECOND_HAND
            or not any(other != voice and same_person(name, one.name) for other, name in owned)
        ]
        for voice, names in found.items()
    }
    return {voice: _gathered(names) for voice, names in found.items() if names}


def _denies(text: str, listed: set[str], language: str) -> str | None:
    """The name a turn gives instead of the one it was guessed to have, where it opens saying "no"
    and the title of the one who spoke, then "saya" and a name set off by a mark or the sentence's
    end ("bukan mas, saya rina, lala itu kakak saya", "bukan mas, saya rina."); else None. Not "bukan
    pak, dari swadaya warga" (no name given), "bukan, saya ..." (no title), nor what "saya" does
    ("salah pak, saya ralat, ...": given_after_me) or a configured speaker's name."""
    words = sentence_words(utterance_sentences(text)[0]) if text.strip() else []
    if not words or words[0].lower not in DENYING:
        return None
    clause = next((at for at in range(1, len(words)) if words[at].after_a_mark), len(words))
    if clause < 2 or clause + 1 >= len(words) or not all(word.lower in ADDRESSING for word in words[1:clause]):
        return None
    if words[clause].lower not in ME or (clause + 2 < len(words) and not words[clause + 2].after_a_mark):
        return None
    name = words[clause + 1]
    if not given_after_me(words, clause + 1, language) or a_listed_name(name.lower, listed):
        return None
    return name.written.capitalize()


def _guessed(utterances: list[Utterance], runs: list[tuple[int, int]], number: int, name: str) -> bool:
    """Whether the turn before run `number` guessed the name it handed over as a question ("oh,
    mbak lala ya?", "pak budi?"): a denial then says the name is not the next voice's."""
    if not number:
        return False
    said = utterances[runs[number - 1][1]].text.lower()
    first = re.escape(normalize(name).split()[0])
    return re.search(rf"\b{first}\b[\s,]*(ya\b|\?)", said) is not None


def _corrected(opening: list[Utterance], handed: FoundName, language: str) -> FoundName | None:
    """The voice's own spelling of the name it was handed, where its turn opens by saying it one
    letter apart ("pak darmadi ya silakan" "darmaji mbak pakai je"): the one who handed the floor
    misheard it, and the voice set it right."""
    from rapidfuzz.distance import Levenshtein

    words = sentence_words(opening[0].text)
    if not words:
        return None
    said, first = normalize(handed.name).split()[0], words[0]
    if len(first.lower) < 5 or first.lower[0] != said[0] or Levenshtein.distance(first.lower, said) != 1:
        return None
    if not name_like(first, text_cased(opening[0].text), language):
        return None
    return FoundName(first.written.capitalize(), moment(opening[0], "self"))


def _called_in_reply(
    utterances: list[Utterance], runs: list[tuple[int, int]], number: int, language: str, names: NamesSaid
) -> frozenset[str]:
    """The words the next voice's reply opens by calling run `number`'s voice: a title and name in
    its first sentence, or a name right after a reply, a greeting or thanks that open it ("busnya
    tiga pak dimas", "welcome clarissa", "baik baso"): what a lower-case "saya dimas mau nanya",
    which says nothing after the name, is confirmed as a name by."""
    if number + 1 >= len(runs) or utterances[runs[number + 1][0]].speaker == utterances[runs[number][0]].speaker:
        return frozenset()
    reply = utterances[runs[number + 1][0]].text
    words, cased = (sentence_words(utterance_sentences(reply)[0]) if reply.strip() else []), text_cased(reply)
    calls = (name_addressed(words, at, cased, language, names=names) for at in range(len(words)))
    called = {normalize(name).split()[0] for name in calls if name}
    cues = REPLYING | GREETINGS | THANKING
    if len(words) >= 2 and words[0].lower in cues and name_like(words[1], cased, language):
        called.add(words[1].lower)
    return frozenset(called)


def _in_introductions(utterances: list[Utterance], runs: list[tuple[int, int]], number: int, language: str) -> bool:
    """Whether run `number` is in a round of introductions: the voice before it asked for them
    (INTRODUCTIONS_ASKED: "perkenalan dulu, sebut nama sama asal lingkungan") in its last turn, or
    in an earlier one since which it only handed the round on (ROUND_HAND_ON_WORDS words a turn at
    most: "oke. sebelahnya", "santai aja. yang di ujung"), ANSWER_ROUND turns back at most. The round
    may go on from voice to voice with no one handing it on: the voices just before that open saying
    who they are ("saya dari sragen pak, ..." "saya wulan pak, dari karanganyar") are in it, and the
    one that asked is the voice before them, or the first of them that asks ("Saya minta perkenalan
    dulu.")."""
    if not number:
        return False
    before = number - 1
    while (
        before > max(0, number - 1 - ANSWER_ROUND)
        and not _ends_asking(utterances, runs[before], INTRODUCTIONS_ASKED)
        and _opens_introducing(utterances[runs[before][0]].text, language)
    ):
        before -= 1
    host = utterances[runs[before][0]].speaker
    for back in range(number - 1, max(-1, number - 1 - ANSWER_ROUND), -1):
        first, last = runs[back]
        if utterances[first].speaker != host:
            continue
        if _ends_asking(utterances, runs[back], INTRODUCTIONS_ASKED):
            return True
        if sum(len(u.text.split()) for u in utterances[first : last + 1]) > ROUND_HAND_ON_WORDS:
            return False
    return False


def _opens_introducing(text: str, language: str) -> bool:
    """Whether a turn opens saying who the voice is: where it is from after "saya" ("saya dari sragen
    pak, ...", "saya klaten pak, dari bidang ...": speaks_for_a_place) or a name of its own ("nama
    saya dodi", "saya wulan, dari rt satu": introductions); not any turn opening "saya" ("saya kira
    anggaran cukup")."""
    sentences = [sentence_words(sentence) for sentence in utterance_sentences(text)]
    if not sentences or (lead := self_lead(sentences[0], 0)) is None:
        return False
    after = sentences[0][len(lead) : len(lead) + 1]
    if after and (after[0].lower == "dari" or speaks_for_a_place(sentences[0], len(lead))):
        return True
    return next(introductions(text, set(), language), None) is not None


def _picks_up_a_call(utterances: list[Utterance], runs: list[tuple[int, int]], number: int) -> bool:
    """Whether the turn before run `number` ends picking up a call with a greeting alone ("satu lagi,
    halo", "sudah ada yang nyambung, halo"): the caller says who she is, asked or not ("halo, saya
    senja mas, dari wanareja"), as in a round of introductions."""
    if not number:
        return False
    closing = sentence_words(utterances[runs[number - 1][1]].text)
    return len(closing) >= 2 and closing[-1].lower in CALL_GREETINGS and closing[-1].after_a_mark


def _ends_asking(utterances: list[Utterance], run: tuple[int, int], asking: re.Pattern[str]) -> bool:
    """Whether a turn ends asking what `asking` says: who the next voice is (WHO_ASKED: "halo dengan
    siapa di mana", "ibu siapa ini", "itu tadi ananda siapa namanya", "sebutkan nama dulu",
    "silakan perkenalkan diri"; not "siapa yang mau bertanya", which asks for a question), or that
    the voices introduce themselves (INTRODUCTIONS_ASKED: "kita kenalan dulu ya")."""
    first, last = run
    closing = [sentence for _, sentence in run_sentences(utterances, (first, last))][-HANDING_SENTENCES:]
    clauses = [clause for sentence in closing for clause in CLAUSE_MARKS.split(sentence)[1:]]
    return any(asking.search(normalize(said)) for said in closing + clauses)


def _name_given(text: str, listed: set[str], language: str) -> str | None:
    """The name a voice asked who it is answers with, the first word of its first sentence past
    greetings, replies and titles ("salsabila kak", "halo mas, ning mas, di dusun krajan"): one
    that may be a name by its rarity, never a configured speaker's, nor a state (says_a_state)."""
    words = sentence_words(utterance_sentences(text)[0]) if text.strip() else []
    at = next((at for at, word in enumerate(words) if word.lower not in BEFORE_AN_ANSWER), None)
    if at is None or not name_like(words[at], False, language) or says_a_state(words, at):
        return None  # "saya gugup kak, boleh nanti aja"
    if speaks_for_a_place(words, at):
        return None  # "saya klaten pak, dari bidang ..."
    name = name_from(words, at, False, language)
    return None if all_listed(name, listed) else name


def without_introductions(text: str, language: str) -> str:
    """The text without the sentences in which the speaker says who she is ("Saya Rina, mahasiswa
    Ilmu Komunikasi Universitas STEKOM semester lima."): her name, school, semester and job are
    who asks, not what the day is about.  Where a word that asks follows in the sentence ("saya
    rina dari unair mau bertanya soal soft power", ASR's run-on), the question is kept from there."""
    kept = []
    for sentence in utterance_sentences(text):
        if not _introduces_herself(sentence, language):
            kept.append(sentence)
        elif asking := QUESTION_WORDS.search(sentence.lower()):
            kept.append(sentence[asking.start() :])
    return " ".join(kept)


def _introduces_herself(sentence: str, language: str) -> bool:
    """Whether the sentence gives the speaker's own name (introductions): not a name said with a
    title ("Itu dulu dari saya, Mbak Salsa", "Kalau saya, Mbak Dewi, yang paling memalukan ..."),
    which is someone addressed, nor in written text one in small letters ("setiap nama saya tulis")."""
    name = next(introductions(sentence, set(), language), None)
    if name is None:
        return False
    words, first = sentence_words(sentence), normalize(name).split()[0]
    at = next((at for at, word in enumerate(words) if word.lower == first), None)
    if at is None:
        return True
    titled = at > 0 and words[at - 1].lower in BEFORE_A_NAME - FILLERS
    return not titled and (words[at].written[:1].isupper() or not text_cased(sentence))


def _hand_overs(
    utterances: list[Utterance],
    runs: list[tuple[int, int]],
    unlisted: set[str],
    listed: set[str],
    language: str,
    names: NamesSaid,
) -> dict[int, FoundName]:
    """The name each turn is handed the floor by, by run number: the last name said to someone
    with a word that gives the floor ("Silakan, Mas Bima"; "Kita ke Ibu Ratna, silakan"; "Mbak
    Puspa, ada pertanyaan masuk?") in the last HANDING_SENTENCES sentences of the turn before, or
    ending it in a short sentence ("nomor dua puluh tujuh ibu sumiati"), when this turn starts
    within HANDOVER_GAP_SECONDS; the other names said there ("dua penanya,
    Mbak Laila lalu Mas Dimas") go to the voices that speak straight after, in their order."""
    handed: dict[int, FoundName] = {}
    for number, (first, last) in enumerate(runs[:-1]):
        if utterances[runs[number + 1][0]].start - utterances[last].end > HANDOVER_GAP_SECONDS:
            continue
        spoken = run_sentences(utterances, (first, last))
        closing = spoken[-HANDING_SENTENCES:]
        queue: list[FoundName] = []
        now = ending = None  # ending: a name that ends its sentence ("Baik, Mas Yogi." before "Silakan.")
        asked_of = False  # whether the sentence that gave `now` the floor asked something of it ("tolong")
        asked_another = False  # ... and named someone else before it, the one asked
        for position, (utterance, sentence) in enumerate(closing):
            words, cased = sentence_words(sentence), text_cased(utterance.text)
            # "siapa tadi? oh, kezia. silakan kezia": the name said back as the floor is given
            echo = _echoed([said for _, said in spoken], len(spoken) - len(closing) + position, cased, language)
            giving = any(word.lower in GIVING for word in words) or sentence.rstrip().endswith("?")
            giving = giving or _passes_the_microphone(words) or any(to_lead(words, at) for at in range(len(words)))
            giving = giving or any(sent_by(words, at) for at in range(len(words)))
            to_a_participant = any(QUESTIONER.search(normalize(said)) for _, said in closing[: position + 1])
            # the title and name that open a question ASR wrote without its mark ("yu darmi gimana yang
            # motif parang", "om gendut lu di depan") are asked it
            opening = sentence_opening(words)
            asked_unmarked = "?" not in sentence and bool(UNMARKED_QUESTION & {word.lower for word in words})
            said = None
            named_here: list[str] = []
            for at in range(len(words)):
                if now and one_with(words, at) and same_person(now.name, words[at + 1].written):
                    # "Pak Karto selaku penyewa hadir? Yang mendampingi Pak Karto, anaknya ya?": his son is asked
                    queue = [one for one in queue if not same_person(one.name, now.name)]
                    now = None
                name = name_addressed(words, at, cased, language, names=names)
                # "Mulai dari backend. Tyo?" ending the turn; not "Fadel? Masih muted ya.", the floor not yet his
                last_asked = position == len(closing) - 1 and at == len(words) - 1 and sentence.rstrip().endswith("?")
                if name is None and last_asked:
                    name = _asked_alone(words, cased, language)
                # "Baik, terima kasih. Terakhir, Rendra." ending the turn, written with capitals
                last_sentence = position == len(closing) - 1
                called_alone = name is None and _called_alone(words, at, last_sentence, sentence, cased, language)
                called_alone = called_alone and not _said_back(utterances, runs, number + 1, words[at].lower)
                # "Karena hidup memang sering gantung, Nurul.": said back to the asker just heard
                called_alone = called_alone and _not_just_heard(utterances, runs, number, words[at].written)
                if called_alone:
                    name = words[at].written
                if name is None and not cased:
                    name = _handed_alone(words, at, language)
                brought_on = False
                if name is None:
                    name = _brought_on(words, at, cased, language)
                    brought_on = name is not None and not _said_back(utterances, runs, number + 1, words[at].lower)
                    brought_on = brought_on and _not_just_heard(utterances, runs, number, name)
                    name = name if brought_on else None
                if name is None and echo and at == echo[0]:
                    name = echo[1]
                if name is None or (a_listed_name(name, listed) and not to_a_participant):
                    continue
                if thanks_the_name(words[:at]):  # "terima kasih bu nadya, selanjutnya mba novita silakan"
                    continue
                said = FoundName(name, moment(utterance, "hand-over"))
                end = name_end(words, at, name, None)
                first_in_line = end is not None and _picked(words, end)
                # a name said again in another form is one person, the later form kept where no
                # shorter ("Mas Yoga, eh, maaf, Mas Yogi")
                same = next((i for i, one in enumerate(queue) if same_person(one.name, name)), None)
                if same is None:
                    queue.append(said)
                elif len(name.split()) >= len(queue[same].name.split()):
                    queue[same] = said
                asked_here = at == opening and asked_unmarked and not _spoken_of(words, name, at)
                # called alone as the turn ends, a word or two of what is asked after ("dari tempat
                # pelelangan, pak haris, hasil lelang bulan ini")
                called_here = position == len(closing) - 1 and _vocative(words, at, end)
                called_here = called_here and not THANKS.search(normalize(sentence))
                called_here = called_here and _not_just_heard(utterances, runs, number, name)
                listed_after = bool(named_here) and at > 0 and words[at - 1].lower in JOINING
                if (giving or first_in_line or asked_here or called_here or called_alone or brought_on) and not (
                    listed_after and now
                ):
                    # "Mas Bayu dulu ya, nanti setelah itu Mbak Rani."; a list's first keeps the floor
                    # ("mbak sekar dan mbak tutik, monggo dilaporkan")
                    now = said
                    asked_of = bool(ASKING_OF & {word.lower for word in words})
                    asked_another = any(not same_person(one, name) for one in named_here)
                named_here.append(name)
            if (
                now is not None
                and asked_of
                and (
                    (now is said and _lets_in_another(words))
                    or (giving and said is None and QUESTIONER.search(normalize(sentence)))
                )
            ):
                # the one named was asked something ("tolong"), and the floor goes to an asker no
                # name is said of: "Mas Galih, tolong Ibu yang angkat tangan di-unmute ya."; "Mas
                # Dimas, tolong slide-nya dibuka. Silakan penanya berikutnya."
                queue = [one for one in queue if not same_person(one.name, now.name)]
                now = said = None
            ended = set(normalize(ending.name).split()) if ending else set()
            if giving and said is None and ending and all(w.lower in BARE_GIVING | ended for w in words):
                now = ending  # "Baik, Mas Yogi. Silakan.", "oh, kezia. silakan kezia"
            # ... the one name of its sentence: a list's last ("ada mas dion, mbak tasya dan mas arif.") is no call
            alone = all(same_person(one, named_here[-1]) for one in named_here)
            ending = said if said and alone and said.name.split()[-1].lower() == words[-1].lower else None
        if now is None and ending and _calls_the_next_voice(words, utterances, runs, number, ending.name):
            now = ending
        if now is None and closing and _bare_giving(words):  # "laporan kas dulu dari bu yanti. ... silakan."
            now = _reported_before(spoken[-1 - REPORTED_SENTENCES : -1], listed, language, names)
            queue = [now] if now else queue
        # a roll call's last name answered present is called, whatever an earlier sentence put first
        # ("kakak absen dulu ya. Kevin ada" "ada kak": the tutor's "kakak absen dulu" is herself)
        if closing and _answers_present(utterances[runs[number + 1][0]].text):
            roll_called = _roll_called(words, language)
            if roll_called and not a_listed_name(roll_called, listed) and not (now and now is said):
                now = FoundName(roll_called, moment(closing[-1][0], "hand-over"))
                queue = [now]
        if now is None:
            continue
        if asked_of and asked_another and only_replies(utterances[runs[number + 1][0] : runs[number + 1][1] + 1]):
            # "Kaka Yance tolong an mute Bapa Obed Mambrasar." "su Kaka": the reply is the one asked's,
            # not the one the request lets in
            continue
        now = max((one for one in queue if same_person(one.name, now.name)), key=lambda one: len(one.name.split()))
        queue = [now] + [one for one in queue if not same_person(one.name, now.name)]
        voices: set[str] = set()
        first_taker = number + 1
        if _talks_over(utterances, runs, first_taker, unlisted):  # "Iya, iya, silakan." from the guest
            first_taker += 1
        for taker, said in zip(range(first_taker, len(runs)), queue, strict=False):
            voice = utterances[runs[taker][0]].speaker
            # a configured voice's turn ends the order announced ("Mas Bima, Mbak Nadya, sama Pak
            # Hasan. Kita mulai dari Pak Hasan dulu" ... "silakan Bu langsung saja")
            if voice in voices or (taker > first_taker and (said is now or voice not in unlisted)):
                break
            voices.add(voice)
            handed[taker] = said
    return handed


def _echoed(sentences: list[str], at: int, cased: bool, language: str) -> tuple[int, str] | None:
    """Where sentences[at] says back a name the sentence before asked for, and the name: "oh" (ECHOING),
    a title or not, the name and particles alone, after a sentence with "siapa" ("siapa tadi? oh,
    yanti.", "siapa ini? oh, dimas ya.", "siapa tadi namanya? oh, pak narto."): the one who asked heard
    it, from the voice just heard or the one about to speak. Not "oh, sudah semua", "oh, yang dari
    rt dua", "oh, dari tim kontra"."""
    if not at or "siapa" not in normalize(sentences[at - 1]).split():
        return None
    words = sentence_words(sentences[at])
    if len(words) < 2 or words[0].lower not in ECHOING:
        return None
    start = 1
    while start < len(words) and words[start].lower in CALLING_TITLES:
        start += 1
    end = len(words)
    while end > start and words[end - 1].lower in PICKING:
        end -= 1
    rarer_than = WORD_ZIPF if start > 1 else NAME_ZIPF  # after a title as after one anywhere
    name = words[start:end]
    if not 1 <= len(name) <= NAME_WORDS or not all(name_like(word, cased, language, rarer_than) for word in name):
        return None
    return start, " ".join(word.written if cased else word.written.capitalize() for word in name)


def _echoes(
    utterances: list[Utterance],
    runs: list[tuple[int, int]],
    unlisted: set[str],
    listed: set[str],
    language: str,
    handed: dict[int, FoundName],
) -> dict[int, FoundName]:
    """The name each unlisted voice's turn is said back as, by its run number: the turn after it
    asks who it was and says the name back in its first ANSWER_SENTENCES sentences ("yanti bu, maaf
    telat" "siapa tadi? oh, yanti. oke yanti"; _echoed), not a configured speaker's, nor the name
    that turn then hands the floor to ("pembicara pertama, siapa tadi? oh, kezia. silakan kezia")."""
    echoed: dict[int, FoundName] = {}
    for number in range(len(runs) - 1):
        if utterances[runs[number][0]].speaker not in unlisted:
            continue
        first, last = runs[number + 1]
        opening = run_sentences(utterances, (first, min(last, first + EDGE_UTTERANCES - 1)))[:ANSWER_SENTENCES]
        sentences = [sentence for _, sentence in opening]
        for at, (utterance, _) in enumerate(opening):
            echo = _echoed(sentences, at, text_cased(utterance.text), language)
            if echo is None or a_listed_name(echo[1], listed):
                continue
            onward = handed.get(number + 2)
            if not (onward and same_person(onward.name, echo[1])):
                echoed[number] = FoundName(echo[1], moment(utterance, "answer"))
            break
    return echoed


def _bare_giving(words: list[MarkedWord]) -> bool:
    """Whether a sentence only gives the floor, naming no one ("Silakan.", "Baik, silakan, Mas.")."""
    return any(word.lower in GIVING for word in words) and all(word.lower in BARE_GIVING for word in words)


def _reported_before(
    sentences: list[tuple[Utterance, str]], listed: set[str], language: str, names: NamesSaid
) -> FoundName | None:
    """The one person these sentences, before a bare "silakan." that ends the turn, say a report or
    a talk comes from ("laporan kas dulu dari bu yanti. beliau bendahara baru kita. silakan."; "...
    laporan kejuaraan kemarin dari mas tegar, dia yang dampingi anak anak ke solo. silakan.") or
    put in charge of what is asked (_in_charge: "soal rekreasi ke pangandaran, bu evi yang ngurus
    bus. silakan."): the floor is hers. None where they call anyone else, or only say her name
    another way (spoken of: "mas bayu katanya lagi sakit, jadi yang pitch rekannya. silakan")."""
    called: list[tuple[str, bool]] = []
    titled: set[str] = set()  # the word after each title, said to or of its bearer ("... sama pak darto")
    for utterance, sentence in sentences:
        words, cased = sentence_words(sentence), text_cased(utterance.text)
        for at in range(len(words)):
            if words[at].lower in CALLING_TITLES and at + 1 < len(words) and not words[at + 1].after_a_mark:
                titled.add(words[at + 1].lower)
            if (name := name_addressed(words, at, cased, language, names=names)) is not None:
                end = name_end(words, at, name, at)
                reported = (at > 1 and report_from(words, at - 1)) or presented_by(words, at)
                called.append((name, reported or _in_charge(words, end)))
    if not called or a_listed_name(called[0][0], listed) or not any(reported for _, reported in called):
        return None
    people = [name for name, _ in called] + [
        word for word in titled - CALLING_TITLES if name_like(MarkedWord(word, word, False), False, language, WORD_ZIPF)
    ]
    if any(not same_person(name, called[0][0]) for name in people):
        return None
    said = max((name for name, _ in called), key=lambda name: len(name.split()))
    return FoundName(said, moment(sentences[-1][0], "hand-over"))


def _in_charge(words: list[MarkedWord], end: int) -> bool:
    """Whether the name that ends at words[end] is said as the one in charge of something: "yang"
    and a word of handling right after it ("bu evi yang ngurus bus", "mas dodi yang pegang kas")."""
    return end + 2 < len(words) and words[end + 1].lower == "yang" and words[end + 2].lower in HANDLING


def _picked(words: list[MarkedWord], end: int) -> bool:
    """Whether the name that ends at words[end] is put first or picked to do what follows: "dulu" or
    "duluan" right after it, past the particles a pick is said with (PICKING: "kak nadia dulu deh"),
    or those particles, one of PICKED_WITH among them, and "yang" with what is to be done ("mas bima
    deh yang lapor", "pak yusuf aja ya yang koordinir", "kak dara aja yang jawab"): the one picked
    speaks next. "Yang" straight after the name, or after "ya" or "nih" alone, says who she is or
    what she did ("pak agus yang kemarin ...", "ini pak budi nih yang punya rumah")."""
    at = end + 1
    while at < len(words) and words[at].lower in PICKING and not words[at].after_a_mark:
        at += 1
    if at >= len(words) or words[at].after_a_mark:
        return False
    picked_with = any(word.lower in PICKED_WITH for word in words[end + 1 : at])
    return words[at].lower in ("dulu", "duluan") or (picked_with and words[at].lower == "yang" and at + 1 < len(words))


def _asked_alone(words: list[MarkedWord], cased: bool, language: str) -> str | None:
    """A name asked alone, set off as the last word of a question that ends a turn ("Mulai dari
    backend. Tyo?", "Frontend, Cindy?", "ya, rudi?"), as a standup hands its turns round: a word
    written with its capital and no word of the dictionary ("Media sosial?", "QA?", "Ada lagi?" ask
    a part of the team or the room), or in lower-case ASR one heard as a name alone (heard_alone)."""
    last = words[-1]
    if (len(words) > 1 and not last.after_a_mark) or last.written.isupper():
        return None
    if not cased:
        return last.written.capitalize() if heard_alone(last, language) else None
    if not name_like(last, cased, language) or not no_word(last.lower):
        return None
    return last.written


@functools.cache
def _no_name_alone() -> frozenset[str]:
    """The words a turn ends on alone that call no one (_called_alone): greetings, closing words,
    holidays that are also names, and places, put together once (place_names reads a file)."""
    return GREETINGS | CLOSING_WORDS | HOLIDAYS_ALSO_NAMES | place_names()


def _called_alone(words: list[MarkedWord], at: int, last: bool, sentence: str, cased: bool, language: str) -> bool:
    """Whether words[at], in text with capitals, is a name called alone as the turn ends: the last
    word of its last sentence, a statement of CALLING_WORDS words at most, set off by a mark and
    written with its capital ("Pertama, Wulan.", "Lalu soal parkir, Yosef."), no regency, city or
    province (place_names: "Terakhir, Wonogiri."; "saya Bima" is read elsewhere), weighed as a name
    lower-case ASR writes alone is (heard_alone: not "Sekarang giliran Desain.", "Sekarang,
    Surabaya." 5.2), thanking no one ("Baik, terima kasih, Wulan." is said to the voice just heard).
    After a post or a unit (JOBS, UNITS) a name may be as common as one after a title (NAME_ZIPF:
    "Panitia konsumsi, Hasan." 4.3, "Koordinator RT dua, Bambang." 4.4); after words of going on or
    an ordinal alone the word is as often an item of the agenda ("Selanjutnya, Sambutan.", "Kedua,
    Pupuk."), so it is weighed as lower-case ASR's is."""
    if not (cased and last and at == len(words) - 1 and 2 <= len(words) <= CALLING_WORDS):
        return False
    word = words[at]
    if not (word.after_a_mark and word.written[0].isupper() and sentence.rstrip().endswith(".")):
        return False
    if word.lower.replace("'", "") in _no_name_alone() or (not is_fragment(word.lower) and _syllables(word.lower) > 3):
        return False  # "Baik, Wassalam.", "Kita mulai, Bismillah.", "Terakhir, Sragen.", "Kedua, Sanitasi."
    if _names_an_agenda_item(words[:at]):
        return False  # "Poin kedua, Sinergi.", "Program kedua, Bank Sampah."
    after_a_post = any(said.lower in JOBS | UNITS for said in words[:at])
    rarer_than = NAME_ZIPF if after_a_post else BARE_NAME_ZIPF
    return not THANKS.search(normalize(sentence)) and heard_alone(word, language, rarer_than=rarer_than)


def _brought_on(words: list[MarkedWord], at: int, cased: bool, language: str) -> str | None:
    """A name with no title right after "bersama" that only words of going on come before in its
    sentence (BRINGING_ON), and a word that says who she is or what she speaks of right after it
    (SAYING_WHO: "sekarang bersama nadia dari divisi konten", "Sekarang kita bersama Anisa, bendahara
    paguyuban.", "nah sekarang bersama lala, soal grinder"): the one the floor goes to. A word ending
    the sentence or before a bare "silakan" is a group or a deed more often than a name ("sekarang
    bersama gapoktan", "Sekarang bersama Mitra, silakan.", "kita bersama mengawal, ya"). Written with
    its capital in text with capitals, heard alone in lower-case ASR (heard_alone), and no place
    ("bersama Sragen"); not "Sesi berikutnya bersama Posyandu Remaja." (a session's). Before a
    profession (PROFESSIONS: "sekarang bersama yosef, perawat pustu", "kita bersama Fransiska, perawat
    hemodialisis") the name is heard alone and no word of the language (no_word) however it is
    written, as those a profession serves are words ("sekarang bersama lansia, perawat pustu"), and
    the profession is hers (_her_profession): those present are listed so too ("Sekarang bersama
    Mitra, dokter dan perawat."); a profession `SAYING_WHO` holds is read as the words there are
    ("Sekarang bersama Dewi, bidan desa.")."""
    if not (1 <= at < len(words) - 1 and words[at - 1].lower == "bersama" and not words[at].after_a_mark):
        return None
    if not all(word.lower in BRINGING_ON for word in words[: at - 1]):
        return None
    word, following = words[at], words[at + 1]
    if word.lower in place_names():
        return None
    if following.lower in PROFESSIONS - SAYING_WHO:  # "sekarang bersama yosef, perawat pustu"
        hers = _her_profession(words, at + 1) and heard_alone(word, language) and no_word(word.lower)
        if not hers or (cased and not word.written[0].isupper()):
            return None
        return word.written if cased else word.written.capitalize()
    if following.lower not in SAYING_WHO:
        return None
    if cased:
        return word.written if word.written[0].isupper() and name_like(word, False, language) else None
    return word.written.capitalize() if heard_alone(word, language) else None


def _her_profession(words: list[MarkedWord], at: int) -> bool:
    """Whether the profession at words[at], after a name brought on, is hers: followed by where or
    what she serves, no mark nor "dan" between ("bersama yosef, perawat pustu", "bersama Yohana,
    perawat lansia"); not the first of a list of those present ("bersama Relawan, perawat, dan bidan
    desa", "bersama relawan, perawat dan bidan")."""
    following = words[at + 1] if at + 1 < len(words) else None
    return following is not None and not following.after_a_mark and following.lower not in JOINING


def _names_an_agenda_item(before: list[MarkedWord]) -> bool:
    """Whether the words before a word set off say which item of an agenda it is: an item word
    (AGENDA_ITEMS, with "-nya" or not) opens them, then at most its place ("kedua", "ketiga",
    "berikutnya", "tiga"): "Poin kedua,", "Temanya,", "Program kita,"; not "Lalu soal parkir,"."""
    if not before or before[0].lower.removesuffix("nya") not in AGENDA_ITEMS:
        return False
    return all(
        word.lower in ITEM_PLACES or is_ordinal_word(word.lower) or is_number_word(word.lower) for word in before[1:]
    )


def _syllables(lower: str) -> int:
    """How many vowel groups a word has: a name of the dictionary has three at most ("wulan", "tika")."""
    return len(re.findall(r"[aiueo]+", lower))


def _said_back(utterances: list[Utterance], runs: list[tuple[int, int]], number: int, name: str) -> bool:
    """Whether run `number` opens saying the word it was called by: a place, an office or a team is
    so called and says itself ("Sekarang, Surabaya." "Dari kantor wilayah Surabaya, ..."); a person
    called by name does not."""
    if number >= len(runs):
        return False
    return normalize(name).split()[0] in normalize(utterances[runs[number][0]].text).split()


def _handed_alone(words: list[MarkedWord], at: int, language: str) -> str | None:
    """In lower-case ASR, a name said alone in its clause beside a word that gives the floor ("oke.
    tika, silakan", "yang pertama, nadia, silakan", "silakan, farhan"), or right after "giliran",
    whose object is who speaks ("berikutnya giliran wulan, perlengkapan"), a particle after it or not
    ("abis itu giliran rudi ya, parkir"), one heard as a name alone (heard_alone); text with capitals
    says it with one (name_addressed)."""
    word = words[at]
    turn_of = at > 0 and words[at - 1].lower == "giliran"
    end = at + 1 if at + 1 < len(words) and words[at + 1].lower in PICKING and not words[at + 1].after_a_mark else at
    alone = (not at or word.after_a_mark or turn_of) and (end + 1 == len(words) or words[end + 1].after_a_mark)
    beside = (at + 1 < len(words) and words[at + 1].lower in GIVING) or (at > 0 and words[at - 1].lower in GIVING)
    return word.written.capitalize() if alone and beside and heard_alone(word, language) else None


def _roll_called(words: list[MarkedWord], language: str) -> str | None:
    """The name a roll call ends a turn on: a sentence that is the name alone, after "atas nama",
    a title or a party's role, before "hadir" or "ada" asked ("aditya nugraha", "Atas nama melati
    ayuningtyas apakah hadir", "Teradu dokter meilani hadir", "bu yati ada"), each word of it one
    that may be a name however it is written (sentence case: "Dewi anggraini"); not a club's part
    called ("chapter madiun"), whose voice says its own name."""
    lowered = [word.lower for word in words]
    start = 2 if lowered[:2] == ["atas", "nama"] else 0
    while start < len(words) and lowered[start] in ADDRESSING | WRITTEN_TITLES | NO_NAME:
        start += 1
    if start < len(words) and lowered[start] in UNITS:
        return None
    end = len(words)
    while end > start and lowered[end - 1] in ATTENDING | {"apakah", "ya", "di", "sini", "disini"}:  # "ada di sini"
        end -= 1
    name = words[start:end]
    if not 1 <= len(name) <= NAME_WORDS or not all(
        name_like(word, False, language, rarer_than=WORD_ZIPF) for word in name
    ):
        return None
    return " ".join(word.written.capitalize() for word in name)


def _answers_present(text: str) -> bool:
    """Whether a turn opens answering a roll call: "hadir bu", "ada kak", "saya yang mulia" (the
    first clause "saya" and words of address alone)."""
    words = sentence_words(text)
    clause = [word.lower for at, word in enumerate(words) if not any(w.after_a_mark for w in words[1 : at + 1])]
    return bool(clause) and (
        clause[0] in ATTENDING or (clause[0] == "saya" and set(clause[1:]) <= ADDRESSING | HONORIFICS | NO_NAME)
    )


def _passes_the_microphone(words: list[MarkedWord]) -> bool:
    """Whether a sentence hands a room's microphone on to someone ("mic-nya ke Bu Sari ya"): the
    floor given, as "silakan" gives it."""
    return any(
        word.lower in MICROPHONE and "ke" in [w.lower for w in words[at + 1 : at + 3]] for at, word in enumerate(words)
    )


def _calls_the_next_voice(
    words: list[MarkedWord], utterances: list[Utterance], runs: list[tuple[int, int]], number: int, name: str
) -> bool:
    """Whether the last sentence of run `number` (`words`), ending on `name` with no word that gives
    the floor, calls the next voice ("nomor dua puluh tujuh ibu sumiati", "Lanjut Mbak Tiara."):
    CALLING_WORDS words at most, or any length where the next voice opens greeting (a guest
    introduced: "... pemilik kedai kopi di Bandung yang juga roaster, Kang Asep." "Punten, halo
    semuanya."), agreeing with nothing ("betul mbah karto"), and not the name of the voice just
    heard, said in its turn or in the last sentence of the turn that gave it the floor ("bli made
    ada tambahan" ... "bli made"), which is a reply to it."""
    greeted = number + 1 < len(runs) and _greets(utterances[runs[number + 1][0]].text)
    if (len(words) > CALLING_WORDS and not greeted) or ASSENTING & {word.lower for word in words}:
        return False
    titled = len(words) - len(name.split())
    if titled >= 2 and words[titled - 1].lower in NO_NAME and words[titled - 2].lower in CALLING_TITLES:
        titled -= 1  # the office it was called by ("rt tiga bu rt yayuk": _past_an_office)
    while titled > 0 and words[titled - 1].lower in CALLING_TITLES | WRITTEN_TITLES:
        titled -= 1
    before = words[titled - 1].lower if titled else ""
    called = (
        before in CALLING_AFTER or is_number_word(before) or sentence_opening(words) == titled
    )  # "koordinator misdinar mbak clara"
    if titled and not words[titled].after_a_mark and not called:
        return False  # said of someone ("baca pidato Bung Karno")
    return _not_just_heard(utterances, runs, number, name)


def _not_just_heard(utterances: list[Utterance], runs: list[tuple[int, int]], number: int, name: str) -> bool:
    """Whether `name`, said as run `number` ends, is not the voice just heard: said in its turn or in
    the last sentence of the turn that gave it the floor ("bli made ada tambahan" ... "bli made"), it
    replies to it."""
    heard = utterances[runs[number - 1][0] : runs[number - 1][1] + 1] if number else []
    handing = utterance_sentences(utterances[runs[number - 2][1]].text)[-1:] if number >= 2 else []
    return not name_said_in(heard, name) and not any(
        normalize(name).split()[0] in normalize(sentence).split() for sentence in handing
    )


def _vocative(words: list[MarkedWord], at: int, end: int | None) -> bool:
    """Whether the name said from words[at] to words[end] is called alone, with no word that gives
    the floor or asks: opening the sentence or a clause (past "nah", "sekarang", "terus", "oke"),
    and set off after it by a mark or the sentence's end, past "ya" or "dulu" ("nah sekarang mas
    gilang ya", "terus bang udin ya, soal solar", "bidan desa, bu bidan yuli, datanya dulu",
    "apoteker lusi, stok insulin aman"). What follows, CALLING_WORDS words at most, asks for a
    thing or a talk ("juri kedua, pak yosua, mohon penilaiannya"), not for something to be done,
    by a passive verb, as an operator is asked ("Mas Dimas, slide-nya bisa dibuka sekarang."). A
    name that ends the sentence ends one of CALLING_WORDS words at most: "Di sini juga ada user
    dari gudang, Pak Herman." introduces him (_calls_the_next_voice)."""
    if end is None or not (clause_opening(words, by_whom(words, at)) or _past_an_opening_post(words, at)):
        return False
    after = end + 1
    while after < len(words) and words[after].lower in PICKING | CALLED_FOR_NOW and not words[after].after_a_mark:
        after += 1
    if after == len(words):
        return len(words) <= CALLING_WORDS
    rest = words[after:]
    if not (words[after].after_a_mark or words[after].lower in ABOUT) or len(rest) > CALLING_WORDS:
        return False
    if not words[after].after_a_mark and _says_what_is_done(rest):
        return False  # "oke. pak budi soal anggaran sudah setuju"
    return not any(passive(word.lower) for word in rest)


def _says_what_is_done(words: list[MarkedWord]) -> bool:
    """Whether words say what someone did or holds: an aspect, a negation or a word of saying
    (SAYING_WHAT_IS_DONE), a word said to agree or understand (REPLIED_STATES: "setuju"), or a
    prefixed or bare verb ("menolak", "kirim"); "soal tanam", "soal persalinan" say none."""
    return any(
        word.lower in SAYING_WHAT_IS_DONE | REPLIED_STATES or is_prefixed(word.lower) or is_bare_verb(word.lower)
        for word in words
    )


def _past_an_opening_post(words: list[MarkedWord], at: int) -> bool:
    """Whether the title at words[at] comes right after a post that opens its clause, past words
    that go on to the next thing, and runs unbroken to it (past_a_post): "oke. bidan koordinator
    bu ningsih, soal persalinan", "kemudian koordinator wilayah penyuluh pertanian ibu marlina soal
    tanam": the post says who is called, as a mark before the title would."""
    start = next((back for back in range(at, 0, -1) if words[back].after_a_mark), 0)
    while start < at and words[start].lower in GOING_ON:
        start += 1
    return start < at and past_a_post(words, start) == at


def _greets(text: str) -> bool:
    """Whether a turn opens with a greeting ("Punten, halo semuanya.", "Siang, Reza.")."""
    words = sentence_words(text)
    return bool(words) and words[0].lower in GREETINGS


def _talks_over(utterances: list[Utterance], runs: list[tuple[int, int]], number: int, unlisted: set[str]) -> bool:
    """Whether run `number` is a configured speaker's word or two over a hand-over ("Iya, iya,
    silakan"), the floor going to the voice after it, which starts within HANDOVER_GAP_SECONDS."""
    if number + 1 >= len(runs) or utterances[runs[number][0]].speaker in unlisted:
        return False
    first, last = runs[number]
    brief = sum(len(u.text.split()) for u in utterances[first : last + 1]) <= TALKING_OVER_WORDS
    return brief and utterances[runs[number + 1][0]].start - utterances[last].end <= HANDOVER_GAP_SECONDS


def _thanked(
    utterances: list[Utterance],
    runs: list[tuple[int, int]],
    number: int,
    listed: set[str],
    language: str,
    names: NamesSaid,
) -> FoundName | None:
    """The one name thanked as run `number` opens ("Terima kasih Mas Yoga atas pertanyaannya",
    "Thank you, Daniel."): the voice before it.  Not a round of thanks to several, nor thanks for a
    talk or opening a question after a voice that gave the floor, which are for someone before it
    ("Silakan." "Terima kasih Bu Lusi atas paparannya, pertanyaan saya ...": naming's
    past_a_hand_over), nor a name the voice before called by title itself (a chat question it read
    out: "dari Mas Budi: ..."), nor thanks "also" after thanks earlier in the opening, which were
    the voice before's ("hatur nuhun pisan. hatur nuhun oge ka pak oman nu tos nginjeum tenda":
    _also_thanked), nor a greeting closing the turn ("Terima kasih, Syalom.": _a_greeting_thanked)."""
    first, last = runs[number]
    thanked_before = False  # thanks earlier in the opening
    for utterance in utterances[first : min(last, first + EDGE_UTTERANCES - 1) + 1]:
        cased = text_cased(utterance.text)
        for sentence in utterance_sentences(utterance.text):
            words = sentence_words(sentence)
            spoken = " ".join(word.lower for word in words)
            if not THANKS.search(spoken):
                continue
            if thanked_before and _also_thanked(words):
                return None
            thanked_before = True
            thanked = [
                name
                for at in range(len(words))
                if (name := name_addressed(words, at, cased, language, THANKING, names))
                and not _a_greeting_thanked(words, at, name)
                and not doer_of(words, at)
                and not _of_mine(words, at)
                and not a_listed_name(name, listed)
            ]
            if len(thanked) == 1 and len(THANKS.findall(spoken)) == 1 and not thanks_several(words):
                if _gave_the_floor(utterances, runs[number - 1]) and past_a_hand_over(
                    utterances, runs, number, normalize(sentence)
                ):
                    return None
                if _calls_back(utterances[runs[number - 1][0] : runs[number - 1][1] + 1], thanked[0]):
                    return None
                if _written_before(utterances[: runs[number - 1][0]], thanked[0]):
                    return None
                return FoundName(thanked[0], moment(utterance, "thanks"))
    return None


def _a_greeting_thanked(words: list[MarkedWord], at: int, name: str) -> bool:
    """Whether the name thanked at words[at] is a greeting alone, no title before it nor a surname
    after it ("Terima kasih, Syalom.": the church's greeting closing the turn), no one's name;
    "Terima kasih, Bu Syalom." and "Terima kasih, Syalom Manurung." thank a Syalom."""
    return words[at].lower in GREETINGS and " " not in name


def _also_thanked(words: list[MarkedWord]) -> bool:
    """Whether a sentence thanks "also" (ALSO: "makasih juga buat pak rudy", Sundanese "hatur nuhun
    oge ka pak oman"): someone besides the one just thanked."""
    lowered = [word.lower for word in words]
    return any(THANKS.search(" ".join(lowered[max(0, at - 2) : at])) for at, word in enumerate(lowered) if word in ALSO)


def _of_mine(words: list[MarkedWord], at: int) -> bool:
    """Whether the title and name at words[at] are someone the speaker calls hers, a noun and "saya"
    before them ("terima kasih buat pelatih saya koh ferry dan orang tua"): thanked, yet not the
    voice just before, whom no one calls "my coach"; not "terima kasih, saya Bu Rina", her own."""
    mine = at >= 2 and words[at - 1].lower in MY and not words[at - 1].after_a_mark
    return mine and words[at - 2].lower not in THANKING


def _lets_in_another(words: list[MarkedWord]) -> bool:
    """Whether a request is about someone else than the one asked, no name said of them: "Ibu yang
    angkat tangan", "peserta", "penanya"."""
    lowered = [word.lower for word in words]
    return bool({"peserta", "penanya"} & set(lowered)) or any(
        word in ADDRESSING and following == "yang" for word, following in itertools.pairwise(lowered)
    )


def _written_before(said: list[Utterance], name: str) -> bool:
    """Whether `name` was said earlier of someone, in a sentence that puts it in writing ("Ada
    pertanyaan dari Mas Budi di kolom chat"): thanks to it may answer that question, not the voice
    just before."""
    first = normalize(name).split()[0]
    for utterance in said:
        for sentence in utterance_sentences(utterance.text):
            words = normalize(sentence).split()
            if not WRITTEN_IN & set(words):
                continue
            # "dari Mas Budi", "Mas Budi menulis": said of the one who wrote it
            for at, word in enumerate(words):
                if word == first and (
                    OF_SOMEONE & set(words[max(0, at - 2) : at]) or WRITTEN_IN & set(words[at + 1 : at + 3])
                ):
                    return True
    return False


def _spoken_of(words: list[MarkedWord], name: str, at: int) -> bool:
    """Whether the name said at words[at] is followed by a word that speaks of its bearer ("Mas joko
    itu dari mana", "pak budi tadi gimana"), not to them."""
    end = name_end(words, at, name, len(words))
    return end + 1 < len(words) and words[end + 1].lower in SPOKEN_OF


def _gave_the_floor(utterances: list[Utterance], run: tuple[int, int]) -> bool:
    """Whether a turn ends giving the floor ("Silakan.", "Penanya berikutnya")."""
    first, last = run
    closing = [sentence for _, sentence in run_sentences(utterances, (first, last))][-HANDING_SENTENCES:]
    return any(
        GIVING & {word.lower for word in sentence_words(sentence)} or QUESTIONER.search(normalize(sentence))
        for sentence in closing
    )


def _calls_back(opening: list[Utterance], name: str) -> bool:
    """Whether a turn says a title and the name it was handed ("Bu Sumarni sepertinya sudah tidak
    ada"), or that it is not that person: nobody calls herself so, so the floor went to someone else."""
    first = re.escape(normalize(name).split()[0])
    titles = "|".join(sorted(ADDRESSING, key=len, reverse=True))
    # ... or says it is not that person ("maaf, saya bukan Aldi, saya teman sekamarnya"; "ini bukan
    # fitri kak"); a title and a name apart ("hatur nuhun teh, Euis Komariah ti Garut") are two people
    said = rf"\b(?:(?:{titles}) {first}|bukan (?:(?:{titles}) )?{first})\b"
    return any(re.search(said, normalize(clause)) for u in opening for clause in re.split(r"[,;:!?]", u.text))


def _said_as_names(utterances: list[Utterance]) -> frozenset[str]:
    """The words the talk says as someone's name: right after a title ("baik pak mulyono") or "saya"
    ("saya warsito"), none a title or a word no name is."""
    said = set()
    for utterance in utterances:
        for before, word in itertools.pairwise(sentence_words(utterance.text)):
            if (before.lower in CALLING_TITLES or before.lower in ME) and not word.after_a_mark:
                said.add(word.lower)
    return frozenset(said - NO_NAME - CALLING_TITLES)


def _gathered(found: list[FoundName]) -> list[CalledName]:
    """One entry per person: the form said with the most words ("Mas Galih Prasetyo" handed the
    floor, "saya Galih"), an introduction's on a tie, and one letter apart its spelling ("Dewy")."""
    people: list[list[FoundName]] = []
    for one in found:
        same = next((person for person in people if same_person(person[0].name, one.name)), None)
        if same is None:
            people.append([one])
        else:
            same.append(one)
    return [
        CalledName(
            name=max(person, key=lambda one: (len(one.name.split()), one.moment.kind == "self")).name,
            evidence=[one.moment for one in person][:EVIDENCE_SHOWN],
        )
        for person in people
    ]
