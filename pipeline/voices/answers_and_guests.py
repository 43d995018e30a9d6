"""Names for a voice none of its own turn's neighbours names: answers, requests and guests.

A title and name thanked for a question in the answer to the voice's, or called as that answer
opens (kind 'answer'); a title and name asked something the voice replies to in a few words (kind
'asked'); and one of the guests a configured voice announces together, by the title alone or the
order the talk hands each the floor in (guests_announced, kind 'hand-over'). unlisted_names.names_called
reads them after the introductions, hand-overs and thanks. Chosen and measured in
docs/speaker-counting.md, "Names the talk gives the voices it does not list".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.text.language import (
    normalize,
    stop_words,
)
from pipeline.voices.calling_words import (
    ADDRESSING,
    ALSO_TO,
    ANNOUNCED_GAP,
    ANNOUNCED_ORDER,
    ANSWER_BETWEEN,
    ANSWER_ROUND,
    ANSWER_SENTENCES,
    ARRIVING,
    ASKING_OF,
    BARE_GIVING,
    CALLING_TITLES,
    GIVING,
    HANDING_SENTENCES,
    HEARD_OR_DONE,
    JOINING,
    MY,
    PLACE_WORDS,
    POST_WORDS,
    QUESTION_WORDS,
    REPLY_WORDS,
    REPLYING,
    REQUEST_SENTENCES,
    SAME_TITLE,
    THANKING,
    WRITTEN_IN,
)
from pipeline.voices.introductions import (
    a_post,
)
from pipeline.voices.naming import (
    ASKING,
    HANDOVER_GAP_SECONDS,
    NEXT_WORDS,
    QUESTIONER,
    THANKS,
    THANKS_WORDS,
    moment,
)
from pipeline.voices.sentence_names import (
    FoundName,
    MarkedWord,
    NamesSaid,
    a_listed_name,
    name_addressed,
    name_end,
    run_sentences,
    same_person,
    sentence_words,
    text_cased,
    utterance_sentences,
)

if TYPE_CHECKING:
    from pipeline.diarize import Utterance


def thanks_several(words: list[MarkedWord]) -> bool:
    """Whether a sentence thanks or calls someone besides the name in it, by a title alone ("Terima
    kasih Mas Rizal, dan Bapak dari Forum Guru Honorer"; Manado "deng Pak Lurah"): the round of
    thanks is for several, not the voice just before alone."""
    lowered = [word.lower for word in words]
    for at, word in enumerate(lowered):
        if word in JOINING:
            after = [w for w in lowered[at + 1 : at + 3] if w not in ALSO_TO]  # "dan juga Bapak tadi"
            if after and after[0] in ADDRESSING:
                return True
    return False


def askers_thanked(
    utterances: list[Utterance],
    runs: list[tuple[int, int]],
    unlisted: set[str],
    listed: set[str],
    language: str,
    names: NamesSaid,
) -> dict[int, FoundName]:
    """The name an asker is thanked by in the answer to the question, by the asker's run number:
    one title and name thanked for a question ("Terima kasih Pak Yohanes dari Sumba Timur tadi,
    pertanyaannya bagus sekali") in the first ANSWER_SENTENCES sentences of a configured voice's
    turn, where the one unlisted voice that asked since that voice last spoke asked last, at most
    ANSWER_BETWEEN turns of configured voices before (the moderator reading the question again).
    Not where the name was said before (a question read from the chat, another asker), nor a
    name thanked with the chat, the comments or another name in its sentence. Without such thanks,
    the title and name an answer straight after the question opens by calling ("Mas Rudi, untuk
    korban jiwa ..."), where no one said it before the asker spoke."""
    answered: dict[int, FoundName] = {}
    for number, (first, last) in enumerate(runs):
        answerer = utterances[first].speaker
        if answerer in unlisted or number == 0:
            continue
        asked = _the_question(utterances, runs, number, unlisted)
        if asked is None:
            for run, found in _called_by_place(utterances, runs, number, unlisted, language, names).items():
                answered.setdefault(run, found)
            continue
        places = _places_given(utterances[runs[asked][0] : runs[asked][1] + 1])
        thanked = _thanked_for_a_question(utterances[first : last + 1], listed, language, names, places)
        if thanked is None and asked == number - 1:
            # called as the answer opens: the asker's own turn may say the name ("Rudi dari Kompas pak.")
            called = _called_on_answering(utterances[first], listed, language, names)
            if called and not name_said_in(utterances[: runs[asked][0]], called.name):
                answered[asked] = called
            continue
        if thanked is None:
            continue
        before = utterances[: runs[asked + 1][0] if asked + 1 < len(runs) else first]
        between = utterances[runs[asked][1] + 1 : first]
        if name_said_in([*before, *between], thanked.name):
            continue  # said before: of someone in the chat, or another asker's
        if any(WRITTEN_IN & set(normalize(u.text).split()) for u in between):
            continue  # the moderator read out a question written in the chat
        answered[asked] = thanked
    return answered


def _called_on_answering(utterance: Utterance, listed: set[str], language: str, names: NamesSaid) -> FoundName | None:
    """The title and name an answer opens by calling, right after the question ("Mas Rudi, untuk
    korban jiwa kami masih menunggu data", "iya mas ahmad kami dirikan sekolah darurat"): the asker;
    not in a sentence that gives the floor or asks ("Bu Sumarni, silakan, Bu.": the next asker)."""
    sentence = next(iter(utterance_sentences(utterance.text)), "")
    words = sentence_words(sentence)
    if GIVING & {word.lower for word in words} or "?" in sentence:
        return None
    opening = next((at for at, word in enumerate(words) if word.lower not in REPLYING), len(words))
    name = (
        name_addressed(words, opening, text_cased(utterance.text), language, names=names)
        if opening < len(words)
        else None
    )
    if name is None or a_listed_name(name, listed):
        return None
    return FoundName(name, moment(utterance, "answer"))


def name_said_in(utterances: list[Utterance], name: str) -> bool:
    """Whether the name's first word is a word of these utterances."""
    said = normalize(name).split()[0]
    return any(said in normalize(u.text).split() for u in utterances)


def _askers_since(
    utterances: list[Utterance], runs: list[tuple[int, int]], number: int, unlisted: set[str]
) -> dict[int, str]:
    """The unlisted voices that spoke since run `number`'s voice last did (at most ANSWER_ROUND runs
    back), by run number: the askers a configured voice's turn may answer together."""
    speaker = utterances[runs[number][0]].speaker
    asking: dict[int, str] = {}
    for back in range(number - 1, max(-1, number - ANSWER_ROUND), -1):
        voice = utterances[runs[back][0]].speaker
        if voice == speaker:
            return asking
        if voice in unlisted:
            asking[back] = voice
    return asking if speaker not in unlisted else {}


def _called_by_place(
    utterances: list[Utterance],
    runs: list[tuple[int, int]],
    number: int,
    unlisted: set[str],
    language: str,
    names: NamesSaid,
) -> dict[int, FoundName]:
    """Askers of a round of questions answered together by run `number`, each called in the answer
    by title and name with where that asker alone said they are from ("Saya dari Ternate" ...
    "Pak Yusuf dari Ternate tadi, soal harga pala ... Untuk Ibu Nurlela ..."), by their run
    numbers: one name in its sentence, in the answer's first ANSWER_SENTENCES sentences for each
    asker; not a name said before the asker spoke, nor one with the chat in its sentence."""
    askers = _askers_since(utterances, runs, number, unlisted)
    if len(set(askers.values())) < 2:
        return {}  # one asker: thanks in the answer (_the_question) read it
    asking = {run: _places_given(utterances[runs[run][0] : runs[run][1] + 1]) for run in askers}
    # what each asker alone gave: a place two askers gave calls neither
    alone = {
        run: places - frozenset().union(*(p for r, p in asking.items() if r != run)) for run, places in asking.items()
    }
    first, last = runs[number]
    sentences = run_sentences(utterances, (first, last))
    called: dict[int, FoundName] = {}
    for utterance, sentence in sentences[: ANSWER_SENTENCES * len(asking)]:
        words, cased = sentence_words(sentence), text_cased(utterance.text)
        if WRITTEN_IN & {word.lower for word in words}:
            continue
        calls = [
            name for at in range(len(words)) if (name := name_addressed(words, at, cased, language, THANKING, names))
        ]
        if len(calls) != 1:
            continue
        given = [run for run, places in alone.items() if _from_the_place(words, places, calls[0])]
        if len(given) != 1:
            continue
        if name_said_in(utterances[: runs[given[0]][0]], calls[0]):
            continue  # said before the asker spoke: someone else's name
        called.setdefault(given[0], FoundName(calls[0], moment(utterance, "answer")))
    return called


def replies_asked(
    utterances: list[Utterance],
    runs: list[tuple[int, int]],
    unlisted: set[str],
    listed: set[str],
    language: str,
    names: NamesSaid,
) -> dict[int, FoundName]:
    """The name a brief reply is asked something by, by the reply's run number ("Mas Dimas, slide-nya
    bisa dibuka sekarang. Bapak Ibu, sambil menunggu ..." "Baik, sudah, Pak."): the one title and
    name a configured voice calls, opening a sentence and set off by a mark, or after a word of
    ASKING_OF, in the last REQUEST_SENTENCES sentences of its turn, where the next voice, unlisted,
    starts within HANDOVER_GAP_SECONDS and only replies (REPLYING, REPLY_WORDS words at most). Not
    a name thanked or said of someone, nor any name beside a configured speaker's or the chat."""
    asked: dict[int, FoundName] = {}
    for number, (first, last) in enumerate(runs[1:], start=1):
        before_first, before_last = runs[number - 1]
        if utterances[first].speaker not in unlisted or utterances[before_first].speaker in unlisted:
            continue
        if not only_replies(utterances[first : last + 1]):
            continue
        if utterances[first].start - utterances[before_last].end > HANDOVER_GAP_SECONDS:
            continue
        closing = run_sentences(utterances, (before_first, before_last))
        if requested := _requested(closing[-REQUEST_SENTENCES:], listed, language, names):
            asked[number] = requested
    return asked


def guests_announced(
    utterances: list[Utterance],
    runs: list[tuple[int, int]],
    unlisted: set[str],
    listed: set[str],
    language: str,
    names: NamesSaid,
    handed: dict[int, FoundName],
) -> dict[int, FoundName]:
    """Guests a configured voice announces together ("hari ini kita kedatangan pak adi, bu sinta
    dan mas fajar"; _guests), by the run number of each one's first turn: the new unlisted voices
    after the announcement take them as the talk shows, each by the title alone its hand-over says
    where one guest left has it ("silakan pak", "lanjut bu", "terakhir mas"), or in the order
    announced where the announcing turn says they speak so ("urutannya dion soal masalah, tasya
    soal produk, arif soal bisnis. silakan", then "lanjut", "oke"). A guest a hand-over names is
    that voice's; the first new voice the talk tells nothing of, or handed to someone else, ends it."""
    found: dict[int, FoundName] = {}
    for number, (first, last) in enumerate(runs):
        if utterances[first].speaker in unlisted:
            continue
        spoken = run_sentences(utterances, (first, last))
        guests = _guests(spoken, listed, language, names)
        if len(guests) < 2:
            continue
        in_order = any(ANNOUNCED_ORDER.search(normalize(sentence)) for _, sentence in spoken)
        heard = {utterances[runs[back][0]].speaker for back in range(number + 1)}
        for later in range(number + 1, len(runs)):
            voice = utterances[runs[later][0]].speaker
            if voice not in unlisted or voice in heard:
                continue
            heard.add(voice)
            if later in handed:  # "coach heri dulu ya": that guest's
                fitting = [guest for guest in guests if same_person(guest[1], handed[later].name)]
            else:
                handing = run_sentences(utterances, runs[later - 1])
                if any(QUESTIONER.search(normalize(sentence)) for _, sentence in handing):
                    break  # the floor opened to the room's questions
                titles = _titles_alone(handing[-HANDING_SENTENCES:], language)
                if len(titles) > 1:
                    break  # two titles alone ("silakan pak, ... bu") tell no guest
                fitting = (
                    [guest for guest in guests if guest[0] in titles] if titles else guests[:1] if in_order else []
                )
            if len(fitting) != 1:
                break
            guests.remove(fitting[0])
            if later not in handed:
                found[later] = FoundName(fitting[0][1], moment(utterances[runs[later - 1][1]], "hand-over"))
            if not guests:
                break
    return found


def _guests(
    spoken: list[tuple[Utterance, str]], listed: set[str], language: str, names: NamesSaid
) -> list[tuple[str, str]]:
    """The guests a sentence announces as come or present (ARRIVING: "kita kedatangan pak adi, bu
    sinta dan mas fajar", "ada mas dion, mbak tasya dan mas arif"), as [title, name] in the order
    said: two titles and names at least, each after the one before past a mark or a word that joins
    them, ANNOUNCED_GAP words on at most; none a configured speaker's, and not of the past
    (HEARD_OR_DONE, "kemarin": "kemarin pak adi dan bu sinta sudah rapat"), but for what a clause
    after them says they did ("kita kedatangan mas farel, mbak gita dan bang johan, yang kemarin
    sudah isi workshop": _past_said)."""
    for utterance, sentence in spoken:
        words, cased = sentence_words(sentence), text_cased(utterance.text)
        if not ARRIVING & {word.lower for word in words}:
            continue
        called = [
            (at, name) for at in range(len(words)) if (name := name_addressed(words, at, cased, language, names=names))
        ]
        listing: list[tuple[str, str]] = []
        first = end = -1
        for at, name in called:
            joined = words[at].after_a_mark or words[at - 1].lower in JOINING
            if listing and (at - end - 1 > ANNOUNCED_GAP or not joined):
                if len(listing) >= 2:
                    break
                listing = []  # a name alone before the list ("bapak ibu jamaah, ..., ada pak hasan, bu aisyah")
            if a_listed_name(name, listed) or any(same_person(name, other) for _, other in listing):
                listing = []
                break
            if not listing:
                first = at
            listing.append((SAME_TITLE.get(words[at].lower, words[at].lower), name))
            end = name_end(words, at, name, at)
        if len(listing) >= 2 and not _past_said(words, first, end):
            return listing
    return []


def _past_said(words: list[MarkedWord], first: int, end: int) -> bool:
    """Whether a sentence announcing guests, from words[first] to words[end], is of the past
    (HEARD_OR_DONE, "kemarin"): outside the clause "yang" opens right after them, which says what
    they did before ("..., yang kemarin sudah isi workshop di bandung"), and a clause "yang" opens
    before them, ended by a mark, which says it of the body they make up ("panitia kurban yang
    kemarin dibentuk sudah lengkap, ada pak hasan, ..."; not "yang hadir kemarin ada pak adi ...")."""
    before = words[:first]
    opened = next((at for at, word in enumerate(before) if word.lower == "yang"), None)
    if opened is not None and (
        closed := next((at for at in range(opened + 1, first + 1) if words[at].after_a_mark), 0)
    ):
        before = words[:opened] + words[closed:first]
    after = end + 1
    if after < len(words) and words[after].lower == "yang":
        after = next((at for at in range(after + 1, len(words)) if words[at].after_a_mark), len(words))
    said = {word.lower for word in before + words[first : end + 1] + words[after:]}
    return bool(HEARD_OR_DONE & said) or "kemarin" in said


def _titles_alone(sentences: list[tuple[Utterance, str]], language: str) -> set[str]:
    """The titles these sentences say alone, no name after them and not thanked ("silakan pak",
    "lanjut bu", "terakhir mas"; not "makasih pak, ..."), as one writes each (SAME_TITLE); not the
    room greeted ("bapak ibu", "ibu ibu")."""
    titles = set()
    for _, sentence in sentences:
        words = sentence_words(sentence)
        for at, word in enumerate(words):
            if word.lower not in CALLING_TITLES or thanks_the_name(words[:at]):
                continue
            beside = [words[i].lower for i in (at - 1, at + 1) if 0 <= i < len(words)]
            if CALLING_TITLES & set(beside) or name_addressed(words, at, text_cased(sentence), language):
                continue
            titles.add(SAME_TITLE.get(word.lower, word.lower))
    return titles


def sentence_opening(words: list[MarkedWord]) -> int:
    """Where a sentence opens past "baik", "oke", "ya" and words that give the floor, and past a post
    that goes on unbroken to a title (past_a_post): where a name said to someone stands."""
    start = next((at for at, word in enumerate(words) if word.lower not in BARE_GIVING - ADDRESSING), len(words))
    return past_a_post(words, start)


def past_a_post(words: list[MarkedWord], start: int) -> int:
    """Where the title stands after a post or job that opens a sentence at words[start] and goes on
    unbroken to it, POST_WORDS words on at most ("manajer tim mas dimas, soal transport gimana",
    "koordinator misdinar mbak clara", "dosen pembimbing pak hendra"): the post says who is called,
    as the title does; else `start`. Not a sentence that opens on anything else ("baca pidato Bung
    Karno": of someone), nor a post that is someone's (MY: "guru saya pak budi pernah bilang gimana
    caranya" speaks of him, and had asked the next voice as Budi)."""
    if start >= len(words) or not a_post(words[start].lower):
        return start
    for at in range(start + 1, min(len(words), start + 1 + POST_WORDS)):
        if words[at].after_a_mark or words[at].lower in MY:
            break
        if words[at].lower in CALLING_TITLES:
            return at
    return start


def only_replies(turn: list[Utterance]) -> bool:
    """Whether a whole turn only replies to a request ("Baik, sudah, Pak."): REPLY_WORDS words at
    most, opening with REPLYING, asking nothing (not "Ya, halo?" of an asker whose microphone opens)."""
    replied = " ".join(u.text for u in turn)
    reply = normalize(replied).split()
    return bool(reply) and len(reply) <= REPLY_WORDS and reply[0] in REPLYING and "?" not in replied


def _requested(
    closing: list[tuple[Utterance, str]], listed: set[str], language: str, names: NamesSaid
) -> FoundName | None:
    """The one title and name these sentences ask something of: opening a sentence and set off by
    a mark ("Mas Dimas, slide-nya bisa dibuka"), or after ASKING_OF ("mohon bantuan Mas Dimas");
    None where a sentence names the chat, or any name called there is a configured speaker's."""
    found: list[FoundName] = []
    for utterance, sentence in closing:
        words, cased = sentence_words(sentence), text_cased(utterance.text)
        if WRITTEN_IN & {word.lower for word in words} or (found and QUESTIONER.search(normalize(sentence))):
            return None  # a name in the chat; the floor given to the askers after the request
        opening = sentence_opening(words)
        for at in range(len(words)):
            if (name := name_addressed(words, at, cased, language, names=names)) is None:
                continue
            if a_listed_name(name, listed):
                return None
            end = name_end(words, at, name, len(words))
            vocative = at == opening and end + 1 < len(words) and words[end + 1].after_a_mark
            if (vocative or (at and words[at - 1].lower in ASKING_OF)) and not thanks_the_name(words[:at]):
                found.append(FoundName(name, moment(utterance, "asked")))
    if not found or any(not same_person(one.name, found[0].name) for one in found):
        return None
    return max(found, key=lambda one: len(one.name.split()))


def _thanked_for_a_question(
    turn: list[Utterance], listed: set[str], language: str, names: NamesSaid, places: frozenset[str] = frozenset()
) -> FoundName | None:
    """The one title and name a turn thanks for a question in its first ANSWER_SENTENCES sentences,
    or calls with where the asker said they are from (`places`: "Saya dari Sumba Timur" ... "Pak
    Yohanes dari Sumba Timur tadi, soal Pamsimas ...")."""
    sentences = [(u, sentence) for u in turn for sentence in utterance_sentences(u.text)][:ANSWER_SENTENCES]
    found: list[FoundName] = []
    for utterance, sentence in sentences:
        words, cased = sentence_words(sentence), text_cased(utterance.text)
        spoken = " ".join(word.lower for word in words)
        thanks = len(THANKS.findall(spoken)) == 1 and QUESTION_WORDS.search(spoken)
        if not thanks and not _from_the_place(words, places):
            continue
        if WRITTEN_IN & {word.lower for word in words}:
            return None  # "terima kasih Pak Yohanes tadi di kolom chat"
        calls = [
            name for at in range(len(words)) if (name := name_addressed(words, at, cased, language, THANKING, names))
        ]
        if not thanks and (len(calls) != 1 or not _from_the_place(words, places, calls[0])):
            continue
        if len(calls) != 1 or a_listed_name(calls[0], listed) or thanks_several(words):
            return None  # several askers answered at once, or a guest thanked
        found.append(FoundName(calls[0], moment(utterance, "answer")))
    if not found or any(not same_person(one.name, found[0].name) for one in found):
        return None
    return max(found, key=lambda one: len(one.name.split()))


def _places_given(turn: list[Utterance]) -> frozenset[str]:
    """The words of where an asker said they are from ("Saya dari Sumba Timur, NTT"): the content
    words of the PLACE_WORDS after each "dari" or "from" in their turn."""
    words = normalize(" ".join(u.text for u in turn)).split()
    return frozenset(
        word
        for at, cue in enumerate(words)
        if cue in ("dari", "from")
        for word in words[at + 1 : at + 1 + PLACE_WORDS]
        if len(word) >= 3 and not word.isdigit() and word not in stop_words()
    )


def _from_the_place(words: list[MarkedWord], places: frozenset[str], name: str | None = None) -> bool:
    """Whether "dari" or "from" right after `name` (or any "dari") goes on with one of `places`."""
    called = normalize(name).split() if name is not None else []
    for at, word in enumerate(words):
        if word.lower not in ("dari", "from"):
            continue
        if called and [w.lower for w in words[max(0, at - len(called)) : at]] != called:
            continue
        if places & {w.lower for w in words[at + 1 : at + 1 + PLACE_WORDS]}:
            return True
    return False


def _the_question(
    utterances: list[Utterance], runs: list[tuple[int, int]], number: int, unlisted: set[str]
) -> int | None:
    """The run of the question that run `number` answers: the last unlisted voice's, at most
    ANSWER_BETWEEN runs of configured voices before it, and asking (a question mark or ASKING);
    None where another unlisted voice spoke since the answering voice last did (several questions
    answered together)."""
    askers = _askers_since(utterances, runs, number, unlisted)
    if len(set(askers.values())) != 1:
        return None
    asked = max(askers)
    if number - asked - 1 > ANSWER_BETWEEN:
        return None
    first, last = runs[asked]
    text = " ".join(u.text for u in utterances[first : last + 1])
    return asked if "?" in text or ASKING.search(normalize(text)) else None


def thanks_the_name(before: list[MarkedWord]) -> bool:
    """Whether the words before a name thank it: "terima kasih" since the last word that begins
    the next thing said ("terima kasih bu nadya" is thanks; "terima kasih, selanjutnya Mas Bima" a
    hand-over)."""
    since = [word.lower for word in before]
    since = since[max((i + 1 for i, word in enumerate(since) if word in NEXT_WORDS), default=0) :]
    return bool(THANKS.search(" ".join(since[-THANKS_WORDS:])))
