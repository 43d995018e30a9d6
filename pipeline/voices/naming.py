"""Which voice is which of the day's speakers: the config's order of first appearance, unless
the talk itself says otherwise.

A webinar says its speakers' names aloud: the moderator hands over ("silakan, Bu Ayu"), a
speaker thanks the one before ("terima kasih, Pak Duta Besar"), someone introduces herself
("saya Nadia, yang memandu acara"), and nobody calls herself "Bu Ayu". An archivist writes the
config from the report, which names the speakers but rarely the moderator who opened the stream,
so a config's order is often one voice off: every name would then be on another person's voice.
Each voice and each configured speaker get a score, the config's order a prior worth
ORDER_PRIOR, each hand-over, thanks or self-introduction one vote, each time a voice calls a
speaker by name ADDRESSED_PENALTY against that voice being the speaker; the names go to the
voices with the best total (scipy's assignment), the order as written or, where the talk says a
voice is none of the config's (an opener, a technician, a participant asking before a speaker's
turn), the order a rank later after that voice, at a cost of UNLISTED_COST, for each of up to
MAX_UNLISTED such voices (a sound check and an MC before the first speaker, a rector's welcome, a
participant between two speakers), each on the talk's word, or on its brevity alone where it talks
BRIEF_RATIO times less than every guest's voice that keeps a configured name without it (a welcome
whose names ASR garbled), or some on one ground and the rest on the other (an unlisted moderator
and the askers of a round of questions before the second guest).  With nothing said, or too
little to outweigh the order, the order stands.  The weights were chosen on the tuning days
(docs/speaker-counting.md, "Naming the voices").

From a fifth audit (41 hand-written talks, 26 named right before, 40 after; the talks were then
used to build these fixes, so that is no held-out score): every mention of a name in an utterance
is read, not only the first; a turn that hands the floor to two people hands it to the last it
names; thanks that open a turn after the voice before gave the floor to a questioner ("Penanya
berikutnya, silakan") are no thanks to that voice; English hand-overs and titles ("please", "the
floor is yours", "Professor Smith"); a first name alone beside a hand-over or thanks ("Silakan,
Bayu."); a title and any word of the name or its start ("Bu Laras"), split or glued as ASR writes
it ("laras sati", "buayu", "pakdubes"); "Yang Mulia" alone for an ambassador; a speaker said to be
absent ("berhalangan hadir") is skipped in the order; a voice is weighed as unlisted where the
next voice the talk names is named a rank earlier, not only the next voice.  And a voice handed the
floor as a questioner ("Silakan penanya, Mas Bayu dari Makassar") is a participant for its turn, even
where it shares a listed speaker's name (QUESTIONER).  Thanks for a talk, or opening a
participant's question, are not for a moderator who only handed the floor over before them
(past_a_hand_over), and a name after "sebelum" or "setelah" is handed nothing yet (NOT_YET).
The order may also be set aside as a whole, at ORDER_ASIDE once (a config listing the moderator
last), and the host's name on a voice of long talk is a vote against it
(TALK_TIME_VOTE; docs/speaker-counting.md, "A config in another order").  An opening that says
the guests speak in another order ("Prof Ratna duluan, karena Pak Bayu masih ada rapat",
"urutannya dibalik") puts that order in the config's place (_announced_order); a title only one
speaker has said alone ("Prof, silakan") and where a speaker comes from ("dari KBRI, silakan")
hand her the floor; a name said of someone before the sentence that ends a turn hands nothing
(docs/speaker-counting.md, "Sixteenth audit").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np
from pydantic import Field

from pipeline.artifacts import Seconds, Spoken, Strict
from pipeline.config import EXTRA_VOICE, Speaker
from pipeline.text.language import (
    HONORIFICS,
    HOST_WORDS,
    core_name,
    has_word_list,
    is_common_word,
    normalize,
    person_name,
    stop_words,
)
from pipeline.text.matching import exact_mentions, person_mentions
from pipeline.text.short_forms import SHORT_FORMS

if TYPE_CHECKING:
    from pipeline.diarize import Utterance

ORDER_PRIOR = 1.5  # votes the config's order is worth: two consistent hand-overs outweigh it, one does not
# Or the order set aside: the configured voices in any order the talk says, at a cost of ORDER_ASIDE
# once instead of ORDER_PRIOR for every voice off its rank (a config that lists the moderator last
# puts every name a voice off: one vote for each voice had been too little against three ranks)
ORDER_ASIDE = 1.5
ORDER_TIE = 0.1  # ... where the voices the talk says nothing of keep the order among themselves (at most this in all)
# The first host's name on a voice that talks BRIEF_RATIO times more than the voice of least talk
# among the longest voices, as many as the config has present speakers, is a vote against it (a
# moderator listed in the middle, whose name the order gives to a guest)
TALK_TIME_VOTE = 1.0
UNLISTED_COST = 1.0  # a voice the config leaves out, its order a rank later after it (asked only on the talk's word)
MAX_UNLISTED = 3  # voices the config leaves out weighed together (a technician, an MC, a participant asking)
# A voice that talks BRIEF_RATIO times less than every voice the config's speakers would get with it
# left out (a rector's welcome before the guests, a sound check) is left out on that alone, where
# the talk names no one for it and there are voices enough (BRIEF_CREDIT: less than one vote, once
# for the voices left out together: per voice, a short listed guest left out with the askers before
# her outweighed the askers alone, and every later name moved a voice, as an audit found)
BRIEF_RATIO = 4.0
BRIEF_CREDIT = 0.5
# such voices weighed together past MAX_UNLISTED (2^10 sets at most, each also with one of up to
# MAX_UNLISTED voices the talk says are no one's): askers before the last guest
MAX_SLIGHT = 10
# ... but a listed officer's name is kept in the order: a rector, dean or head the config lists may
# well say no more than a welcome (an audit: a listed rector's three minutes lost their name wherever
# diarization split a guest in two)
OFFICER_WORDS = frozenset(
    {"rektor", "dekan", "kepala", "ketua", "direktur", "rector", "dean", "president", "chair", "chairman", "head"}
)
ADDRESSED_PENALTY = 1.0  # a voice that calls a speaker by name is most likely not that speaker
HANDOVER_GAP_SECONDS = 20.0  # a hand-over names the voice that speaks next, within this long
PARTICIPANT = -1  # the position of a name handed the floor as a questioner's: no listed speaker (QUESTIONER)
EDGE_UTTERANCES = 2  # a hand-over ends a voice's turn, thanks open one: the utterances that count as either
EVIDENCE_SHOWN = 3
# Words around a name that hand the floor over, or thank the voice that had it.
HANDOVER = re.compile(
    r"\b(silakan|silahkan|persilakan|persilahkan|dipersilakan|giliran|kepada|kembali|kembalikan|sambut"
    r"|please|welcome|invite|floor|over to)\b"  # "please welcome", "the floor is yours", "over to you"
)
# ... and in the regional forms hosts use ("matur nuwun" Javanese, "hatur nuhun" Sundanese, "suksma"
# Balinese, "makase" Manado, "trima kasih" Papuan and Ambonese, "danke" Ambonese, "tarimo kasih"
# Minang), also written joined ("terimakasih", "maturnuwun") or short ("nuwun pak joko", Javanese
# "suwun", "nuhun bu euis"), and the Arabic a mosque's or a pesantren's people thank with
# ("jazakallah pak haji salim", "syukron ustadz"); not "nuwun sewu", Javanese "excuse me"
# (EXCUSE_ME: "nuwun sewu, pak warsito belum rawuh"), nor "kula nuwun", "may I come in", said on
# arriving (MAY_I_COME_IN)
THANKS_FORMS = (
    "terima kasih",
    "terimakasih",
    "trima kasih",
    "trimakasih",
    "tarimo kasih",
    "makasih",
    "makase",
    "danke",
    "trims",
    "thank you",
    "thanks",
    "matur nuwun",
    "maturnuwun",
    "nuwun",
    "suwun",
    "hatur nuhun",
    "haturnuhun",
    "nuhun",
    "suksma",
    "jazakallah",
    "jazakumullah",
    "syukron",
    "syukran",
)
EXCUSE_ME = "sewu"
MAY_I_COME_IN = ("kula", "kulo")
_THANKED = (
    "".join(rf"(?<!\b{me} )" for me in MAY_I_COME_IN) + form if form == "nuwun" else form for form in THANKS_FORMS
)
THANKS = re.compile(r"\b(" + "|".join(_THANKED) + rf")\b(?! {EXCUSE_ME}\b)")
# Who a moderator gives the floor to in questions and answers ("silakan penanya pertama", "Tanya
# jawab. Silakan Mbak Nadia dari UGM."): a participant, for the length of that turn.  Its thanks are
# to a speaker, not to the moderator; and a participant may share a speaker's first name ("Saya
# Hendra dari Bandung. Prof Hendra, bagaimana ...?"): the hand-over that names it, its own
# introduction and the thanks it is given name no listed speaker.
QUESTIONER = re.compile(r"\b(penanya|questioner|tanya jawab|q&a|q and a)\b")
# Thanks for a talk ("atas paparannya", "for your presentation") rather than for the floor ("atas
# kesempatannya"), and thanks that open a participant's question: neither is for a moderator who
# only handed over the floor (past_a_hand_over).
FOR_A_TALK = re.compile(
    r"\b(atas|untuk|for)( (semua|segala|seluruh|your|the))? (paparan|pemaparan|materi|presentasi|penjelasan"
    r"|penyampaian|sharing|ilmu|wawasan|pencerahan|cerita|insight|talk|presentation)"
)
# ... for the floor or the welcome, the moderator's whatever follows ("atas kesempatannya untuk
# materi saya"); thanks for an answer are said right after it, to the voice before
FOR_THE_FLOOR = re.compile(
    r"\b(atas|untuk|for)( (the|this|your))? (kesempatan|waktu|pengantar|perkenalan|sambutan|opportunity|chance"
    r"|floor|introduction|welcome|kind words)"
)
# A participant asking, not a guest answering ("pertanyaan yang menarik") or greeting: a question
# mark counts but in a greeting (a rector's welcome of 137 s, "... Apa kabar semuanya?", had lost
# its thanks to the MC)
GREETING = re.compile(r"\b(apa kabar|bagaimana kabar|how are you|how is everyone)\b")
ASKING = re.compile(
    r"\b(pertanyaan (saya|kami|singkat|pertama|kedua)|(ingin|mau|izin|boleh) (bertanya|tanya)|apakah"
    r"|bagaimana(?! kabar)|mengapa|kenapa|berapa|kapan|bisakah|my question|question is|like to ask)\b"
)
# A participant's question is 20-70 s in the audits' webinars and 19-33 s in the long talks, a
# guest's turn minutes: a turn longer than this that opens with a question is a talk ("Apakah suara saya
# terdengar?"), and its thanks are the moderator's who handed it the floor (docs/speaker-counting.md,
# "Thanks that are not for the voice before").
ASKING_SECONDS = 180.0
# The words right before a name that make it the speaker's own ("saya Nadia", "saya selaku moderator").
SELF = frozenset(
    {"saya", "aku", "perkenalkan", "saya selaku", "saya sebagai", "nama saya", "saya adalah", "nama saya adalah"}
    | {"anda bersama"}  # "Anda bersama Nadia Rahmawati": the host's own name
    | {"i am", "i m", "im", "my name is", "name is"}
)
# Words before a first name said alone that introduce someone ("saya Nadia"; "adalah Nadia" only
# after "saya", which SELF checks).
INTRODUCING = ("saya", "adalah", "i m", "im", "name is")
# Words between names said as a list, or in a closing round of thanks ("terima kasih Pak Hendarto,
# terima kasih Bu Maya")
LIST_JOINERS = frozenset({"dan", "serta", "juga", "beserta", "bersama", "dengan", "and", "terima", "kasih", "makasih"})
CUE_WORDS = 3  # words before a name (and after it) that carry its "silakan"
THANKS_WORDS = 5  # words before a name that carry its "terima kasih" ("terima kasih juga kepada Pak Duta")
# Words that begin the next thing said, so a "terima kasih" before them is not the name's ("terima
# kasih atas paparannya selanjutnya bu ayu silakan", as ASR writes it without a full stop).
NEXT_WORDS = frozenset({"selanjutnya", "berikutnya", "kemudian", "sekarang", "lalu", "nah", "next", "now"})
# Words before a title and a name that make it said of them, not to them ("paparan dari Pak Duta").
OF_SOMEONE = frozenset({"dari", "oleh", "dengan", "untuk", "seperti", "kata", "menurut", "tentang", "sama", "bersama"})
# Words right before a name that put its turn later, not now: no hand-over to it ("Sebelum Pak Konjen,
# ada yang mau bertanya? Silakan."; "Saya nanti setelah Pak Dubes saja"). Not "nanti", which also
# hands over ("Baik, nanti Pak Duta Besar silakan"), nor "menunggu" ("Sambil menunggu, Pak
# Hendarto, apa kabar Hamburg?" hands over in a bundled day, the comma lost to normalizing).
NOT_YET = frozenset({"sebelum", "setelah", "sesudah", "before", "after"})
HEARD = frozenset({"tadi", "barusan"})  # "earlier", "just now": a where said of a talk heard (_handed_by_where)
# The part of a role before where or whose it is ("Duta Besar RI di Aljazair" -> "duta besar").
ROLE_END = re.compile(r"\b(ri|di|dari|untuk|pada|kbri|universitas|of|at)\b")
# Titles said before a name, Indonesian and English ("Doctor Bayu", "Professor Smith").
TITLES = HONORIFICS | frozenset({"doctor", "professor", "mr", "mister", "ms", "mrs", "miss", "sir", "madam"})
# Words right before a first name said alone that hand it the floor or thank it ("Silakan, Bayu.",
# "Terima kasih, Nadia."), and right after it ("Sekarang Ayu, silakan.").
BARE_BEFORE = ("silakan", "silahkan", "persilakan", "persilahkan", "dipersilakan", "kepada", "giliran")
BARE_BEFORE += ("terima kasih", "makasih", "thank you", "thanks", "please", "welcome")
BARE_AFTER = ("silakan", "silahkan", "please")
# A name as common as a word ("Indah" 5.5, "Bagus" 5.7, "Selamat" 5.8 on wordfreq's Zipf scale;
# "Ayu" 4.5, "Bayu" 4.1) is that word when said alone or as a title's word that is not the first
# name ("terima kasih, bagus sekali").
WORD_ZIPF = 5.4
# A title written in a name that people say alone to its bearer, beside a hand-over or thanks
# ("Prof, silakan", "Terima kasih, Prof.", "Silakan, Dok." to a physician written "dr."), as
# BARE_BEFORE and BARE_AFTER say a first name: the title each writes, how it is said, and whether
# its case tells (a doctorate's "Dr." is said "Pak"/"Bu").
SAID_ALONE = ((re.compile(r"\bprof\b\.?", re.IGNORECASE), ("prof", "profesor", "professor")),)
SAID_ALONE += ((re.compile(r"\bdr\b\.?"), ("dok", "dokter")),)
NICKNAME_LETTERS = 5  # the start of a longer name that people call someone by ("Bu Laras" for Larasati)
# Roles whose holder is called "Yang Mulia" alone ("kami persilakan, Yang Mulia"), and names written
# with that title.
EXCELLENCY_ROLES = ("duta besar", "menteri", "wakil menteri")
EXCELLENCY_NAMES = re.compile(r"^\s*(h\.\s?e\.|ym\b|yang mulia|his excellency|her excellency)", re.IGNORECASE)
# What is said right after a speaker who is not there, within three words ("Pak Bayu hari ini
# berhalangan hadir"), and what says he joins otherwise after all.
ABSENT = re.compile(
    r"^(?:\S+ ){0,3}?(?:berhalangan|tidak (?:dapat|bisa|jadi) hadir|batal hadir"
    r"|(?:is |was )?unable to (?:attend|join)|(?:cannot|could not|can not) (?:attend|join)"
    r"|sends? (?:his|her) apologies)\b"
)
JOINING = re.compile(r"\b(daring|online|virtual|zoom|langsung)\b")  # not "diwakili": someone stands in
# Roles said plain, without a title, of someone absent ("Duta Besar berhalangan").
PLAIN_ROLES = frozenset({"duta besar", "dubes", "konsul jenderal", "konjen", "wakil menteri", "wamen", "menlu"})
# An opening that says the guests speak in another order than the config lists them (para-19: "Hari
# ini urutannya agak beda, Prof Ratna duluan, karena Pak Bayu katanya masih ada rapat"; para-8:
# "urutannya kita balik, Bu Ayu dulu"): a guest named with FIRST right after her goes first, one
# named with LATE within three words after him last, in their sentence and before another
# speaker's name ("Bu Ayu, Pak Bayu menyusul" puts only him last), and "urutan" with a CHANGED
# word reverses the guests where it says how (REVERSED) or where two guests leave one other order,
# but not with a word before it that says it is not changed (UNCHANGED: "urutannya tidak berubah"),
# nor one that goes back to or again ("urutan acaranya paparan dulu, baru kita balik ke moderator",
# "balik lagi"), nor in another sentence: ORDER_WORDS words on in its own.
FIRST = re.compile(r"^(?:dulu|duluan|lebih dulu|lebih dahulu|terlebih dahulu)\b")  # not "dulunya": "back then"
LATE = re.compile(
    r"^(?:\S+ ){0,3}?(?:masih (?:ada )?rapat|masih di jalan|masih dalam perjalanan|menyusul|nanti menyusul"
    r"|belum (?:datang|hadir|bergabung|masuk|tiba)|datang terlambat)\b"
)
ORDER_SAID = re.compile(r"\burutan(?:nya)?\b")
ORDER_WORDS = 6
CHANGED = frozenset({"beda", "berbeda", "ubah", "diubah", "berubah", "ganti", "diganti", "berganti"})
REVERSED = frozenset({"balik", "dibalik", "terbalik", "kebalik", "tukar", "ditukar", "bertukar"})
UNCHANGED = frozenset({"tidak", "tak", "nggak", "gak", "enggak", "ndak", "belum", "tetap", "sama", "tanpa"})
SENTENCE_END = re.compile(r"(?<=[.?!;])\s+")
ADDRESS = ("pak", "bapak", "bu", "ibu", "yang mulia")  # "kami persilakan Yang Mulia Duta Besar"
Kind = Literal["hand-over", "thanks", "self", "answer", "asked"]


class NamingEvidence(Strict):
    """A moment the talk names a voice: who said what, and which voice it names; of kind 'answer'
    or 'asked', only for a voice the config does not list (unlisted_names.py)."""

    start: Seconds = Field(description="start of the utterance that says it, seconds from the start of the recording")
    said_by: str = Field(description="label of the voice that said it")
    text: Spoken = Field(description="what was said")
    kind: Kind = Field(
        description="'hand-over' (the floor given to it), 'thanks', 'self' (its own introduction), 'answer' "
        "(thanked for its question in the answer), 'asked' (a request it replies to)"
    )


@dataclass(frozen=True)
class Vote:
    voice: str
    position: int  # of the speaker in the config
    weight: float
    moment: NamingEvidence | None  # None for a voice that calls another by name


NamedBy = Literal["order", "talk", "talk_time"]


@dataclass(frozen=True)
class Naming:
    name: str
    # 'talk': the talk's words, not the config's order, gave this voice its name; 'talk_time': the
    # order skips a voice, this one or one before it, too brief to be a configured speaker (BRIEF_RATIO),
    # or would give the host's name to a voice that talks far longer (TALK_TIME_VOTE)
    named_by: NamedBy
    evidence: tuple[NamingEvidence, ...]

    @property
    def by_talk(self) -> bool:
        return self.named_by != "order"


def role_forms(role: str | None) -> list[str]:
    """How people call a speaker by role: 'Duta Besar RI di Aljazair' -> 'pak duta besar', 'bu
    duta besar', 'pak dubes' (short_forms.SHORT_FORMS), ...; a host's role alone ('Moderator') as it is said."""
    if not role:
        return []
    words = normalize(role).split()
    head = " ".join(words[: next((i for i, w in enumerate(words) if ROLE_END.fullmatch(w)), len(words))][:2])
    if not head:
        return []
    if set(head.split()) & HOST_WORDS:
        return [head]
    whole = " ".join(words) + " "  # a role that starts with a listed long form is called by its short form too
    shorts = [short for short, longs in SHORT_FORMS["id"].items() if any(whole.startswith(f"{w} ") for w in longs)]
    heads = [head, head.split()[0], *shorts]
    return [f"{title} {said}" for said in heads for title in ADDRESS]


def mentions(
    speakers: list[Speaker], utterances: list[Utterance], spoken: list[str], language: str, breaks: list[list[int]]
) -> tuple[dict[int, dict[int, list[tuple[int, int]]]], set[str]]:
    """For each utterance, the configured speakers (by position) it says by name, by role or by
    first name in an introduction ("saya Nadia"), each with where in the utterance's normalized
    text (start, end) for every form found, and the words that glue a title to a name ("buayu").
    A role two speakers share names neither, nor does any other form of calling (called_forms) two
    speakers share."""
    forms = [role_forms(speaker.role) for speaker in speakers]
    counted = Counter(form for own in forms for form in set(own))
    called = [called_forms(speaker, language) for speaker in speakers]
    shared = Counter(form for own in called for form in set(own))
    # a mention names its utterance by number; the talk without a song's lyrics skips numbers
    place = {utterance.index: position for position, utterance in enumerate(utterances)}
    said: dict[int, dict[int, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    titled: set[str] = set()
    for position, speaker in enumerate(speakers):
        hits = person_mentions(speaker.name, utterances, spoken, language)
        if _a_word_of_the_language(speaker.name, language):  # "Indah": only "Bu Indah" is her
            hits = [hit for hit in hits if hit.matched.split()[0] in HONORIFICS]
        own = [form for form in forms[position] if counted[form] == 1]
        person = person_name(speaker.name)
        own += [f"{lead} {normalize(person).split()[0]}" for lead in INTRODUCING] if person else []
        hits += [hit for form in own for hit in exact_mentions(form, utterances, spoken)]
        for hit in hits:
            text = spoken[place[hit.utterance]]
            for found in re.finditer(rf"\b{re.escape(hit.matched)}\b", text):
                said[place[hit.utterance]][position].append(found.span())
        for pattern in (re.compile(form) for form in called[position] if shared[form] == 1):
            for index, text in enumerate(spoken):
                for found in pattern.finditer(text):
                    glued = found.groupdict().get("glued") is not None
                    if glued and is_common_word(found.group("name").replace(" ", ""), language):
                        continue  # "bukit" is no "Bu Kit"
                    said[index][position].append(found.span("name"))
                    titled |= {found.group("name").split()[0]} if glued else set()
    for index, named in said.items():  # one span for forms that overlap, with the titles before them
        for position, spans in named.items():
            merged: list[tuple[int, int]] = []
            for start, end in sorted(_with_titles(spoken[index], span, breaks[index]) for span in spans):
                if merged and start <= merged[-1][1] + 1:
                    merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
                else:
                    merged.append((start, end))
            named[position] = merged
    return said, titled


def called_forms(speaker: Speaker, language: str) -> list[str]:
    """How the talk calls a speaker besides her name as written, each a regular expression over the
    normalized text whose group 'name' is the mention: a title and any word of the name, also as
    English says it ("Doctor Bayu", "Professor Smith", "Pak Akbar"), the start of a longer word
    ("Bu Laras" for Larasati), each also as ASR splits it ("ibu larasa ti") or glues the title to it
    ("buayu", "pakdubes", but no word of the language: "bukit"); the first name alone after a
    hand-over or thanks ("Silakan, Bayu.", "Terima kasih, Nadia.") or before "silakan", and so
    a title of the name said alone (SAID_ALONE: "Prof, silakan") and "Yang Mulia" alone for an
    ambassador or minister ("kami persilakan, Yang Mulia")."""
    person = person_name(speaker.name) or ""  # a role alone ("Moderator") is called as role_forms says
    words = [word for word in normalize(person).split() if len(word) >= 3 and word not in stop_words(language)]
    words = [word for word in words if not _a_word_said(word, language)]
    titles = "|".join(sorted((re.escape(t) for t in TITLES - {"yang", "mulia"}), key=len, reverse=True))
    forms = [rf"\b(?P<name>(?:{titles})(?: |(?P<glued>)){_heard(word)})\b" for word in dict.fromkeys(words)]
    forms += [
        rf"\b(?P<name>(?:{titles})(?: |(?P<glued>)){_heard(word[:size])})\b"
        for word in dict.fromkeys(words)
        for size in range(NICKNAME_LETTERS, len(word))
    ]
    # a role with its title apart or glued and each space in it said or not ("pak dutabesar", "pakduta besar")
    address = "|".join(sorted((re.escape(title) for title in ADDRESS), key=len, reverse=True))
    said_roles = {form.split(" ", 1)[1] for form in role_forms(speaker.role) if form.split()[0] in ADDRESS}
    forms += [rf"\b(?P<name>(?:{address})(?: |(?P<glued>)){_heard(said)})\b" for said in said_roles]
    first_name = words and normalize(person).split()[0] == words[0] and has_word_list(language)
    alone = [re.escape(words[0])] if first_name else []
    role = normalize(speaker.role or "")
    if role.startswith(EXCELLENCY_ROLES) or EXCELLENCY_NAMES.match(speaker.name):
        alone.append("yang mulia")
    alone += [said for written, forms_said in SAID_ALONE if written.search(speaker.name) for said in forms_said]
    forms += [rf"\b(?:{'|'.join(BARE_BEFORE)}) (?P<name>{said})\b" for said in alone]
    forms += [rf"\b(?P<name>{said}) (?:{'|'.join(BARE_AFTER)})\b" for said in alone]
    return forms


def _heard(words: str) -> str:
    """A word's or words' letters as ASR may split them with a space ("laras ati") or join them
    ("dutabesar" for "duta besar")."""
    return " ?".join(re.escape(letter) for letter in words.replace(" ", ""))


def _a_word_said(word: str, language: str) -> bool:
    """Whether a word of a name is as common as a word of the language ("indah", "bagus", "selamat
    pagi"): it is found only where person_mentions finds it, not called alone."""
    from wordfreq import zipf_frequency

    return not has_word_list(language) or zipf_frequency(word, language) >= WORD_ZIPF


def _a_word_of_the_language(name: str, language: str) -> bool:
    """A one-word name that is a common word ("Indah", "Bagus"), which the talk says as that word."""
    words = normalize(core_name(name)).split()
    return len(words) == 1 and words[0] not in HOST_WORDS and is_common_word(words[0], language)


def evidence(speakers: list[Speaker], utterances: list[Utterance], language: str) -> list[Vote]:
    """Every vote the talk casts (_evidence)."""
    return _evidence(speakers, utterances, language)[0]


def _evidence(speakers: list[Speaker], utterances: list[Utterance], language: str) -> tuple[list[Vote], list[int]]:
    """Every vote the talk casts: +1 for the voice a hand-over, thanks or self-introduction points
    to, and -ADDRESSED_PENALTY for a voice that says another speaker's name.  A hand-over needs its
    word beside the name ("silakan", "kepada", "Bu Ayu dulu"), or a turn ending with a title and a
    name said to them ("..., Pak Duta?"); thanks need "terima kasih" in the words before the name,
    in a turn's first utterances, and are no hand-over.  No name of a list points to a voice:
    "bersama kita Pak Duta Besar dan Bu Ayu" introduces both, "terima kasih Pak Duta Besar dan Bu
    Ayu" closes.  Also the speakers (by position) the talk does not say are absent (_absent), in
    the order the talk's opening says they speak (_announced_order)."""
    sentences = [_sentences(utterance.text) for utterance in utterances]
    spoken = [" ".join(pieces) for pieces in sentences]
    breaks = [list(itertools.accumulate(len(piece) + 1 for piece in pieces[:-1])) for pieces in sentences]
    runs = voice_runs(utterances)
    run_of = {index: number for number, (first, last) in enumerate(runs) for index in range(first, last + 1)}
    votes: list[Vote] = []
    handing: list[tuple[int, tuple[int, int], int, Vote | None]] = []  # run, where in the talk, position, vote
    said, glued = mentions(speakers, utterances, spoken, language, breaks)
    for index, named in sorted(said.items()):
        utterance, text, run = utterances[index], spoken[index], run_of[index]
        first, last = runs[run]
        listed = _listed(named, text, breaks[index])
        # this voice was given the floor as a questioner; the voice before it was
        questioner, after_questioner = _to_a_questioner(spoken, runs, run), _to_a_questioner(spoken, runs, run - 1)
        for position, spans in named.items():
            if any(_introduces_self(text, span) for span in spans):
                if not questioner and not _another_bearer(utterance.text, speakers[position]):
                    votes.append(Vote(utterance.speaker, position, 1.0, moment(utterance, "self")))
                continue
            # the moderator says "moderator" of herself too ("izinkan moderator")
            if any(not set(text[start:end].split()) <= HOST_WORDS for start, end in spans):
                votes.append(Vote(utterance.speaker, position, -ADDRESSED_PENALTY, None))
            near_end = len(named) == 1 and last - index < EDGE_UTTERANCES  # a turn ends talking to one
            kinds = [
                (span, _kind(text, span, named, breaks[index], near_end, glued))
                for span in spans
                if (position, span) not in listed
            ]
            thanked = [span for span, kind in kinds if kind == "thanks"]
            previous = utterances[runs[run - 1][1]].speaker if run > 0 else None
            thanks = None
            if thanked and index - first < EDGE_UTTERANCES and previous and not (questioner or after_questioner):
                sentences_thanking = [_sentence_of(text, start, breaks[index]) for start, _ in thanked]
                if any(len(THANKS.findall(sentence)) == 1 for sentence in sentences_thanking) and not (
                    past_a_hand_over(utterances, runs, run, " ".join(sentences_thanking))
                ):
                    thanks = Vote(previous, position, 1.0, moment(utterance, "thanks"))
                    votes.append(thanks)
            handed = [span for span, kind in kinds if kind == "hand-over"]
            following = _taking_the_floor(utterances, runs, run, utterance)
            if handed and following:
                if any(_hands_to_a_questioner(text, span, breaks[index]) for span in handed):
                    # the floor goes to a participant who shares the name: handed, to no one listed
                    handing.append((run, (index, max(handed)[0]), PARTICIPANT, None))
                    continue
                vote = Vote(following.speaker, position, 1.0, moment(utterance, "hand-over"))
                # one name thanked back and handed on to another voice is two people ("Terima kasih
                # Bu Ayu. ... Silakan Mbak Ayu dari Bandung."): the thanks hold, the hand-over does not
                if not thanks or thanks.voice == vote.voice:
                    votes.append(vote)
                handing.append((run, (index, max(handed)[0]), position, vote))
    for index, position, offset in _handed_by_where(speakers, utterances, spoken, breaks, said, runs, run_of):
        utterance, run = utterances[index], run_of[index]
        if following := _taking_the_floor(utterances, runs, run, utterance):
            vote = Vote(following.speaker, position, 1.0, moment(utterance, "hand-over"))
            votes.append(vote)
            handing.append((run, (index, offset), position, vote))
    # a turn that hands the floor to two people hands it to the last: the first did not take it
    # ("Silakan Pak Duta. ... Pak Duta? Mohon dicek mikrofonnya. ... Silakan Bu Ayu.")
    taker = {run: position for run, _, position, _ in sorted(handing, key=lambda handed: handed[:2])}
    dropped = {id(vote) for run, _, position, vote in handing if vote and position != taker[run]}
    absent = _absent(speakers, spoken, breaks, said)
    present = [position for position in range(len(speakers)) if position not in absent]
    kept = [vote for vote in votes if id(vote) not in dropped]
    return kept, _announced_order(speakers, utterances, spoken, breaks, said, present)


def _taking_the_floor(
    utterances: list[Utterance], runs: list[tuple[int, int]], run: int, utterance: Utterance
) -> Utterance | None:
    """The first utterance of the turn after `run`, where it starts within HANDOVER_GAP_SECONDS of
    `utterance`: the voice a hand-over said there gives the floor to."""
    following = utterances[runs[run + 1][0]] if run + 1 < len(runs) else None
    return following if following and following.start - utterance.end <= HANDOVER_GAP_SECONDS else None


def _announced_order(
    speakers: list[Speaker],
    utterances: list[Utterance],
    spoken: list[str],
    breaks: list[list[int]],
    said: dict[int, dict[int, list[tuple[int, int]]]],
    present: list[int],
) -> list[int]:
    """The present speakers (by position) in the order the talk's opening says the guests speak, the
    hosts where the config puts them: a guest named with FIRST after her first, one named with LATE
    after him last, else all reversed where "urutan" is said with a REVERSED word, or a CHANGED word
    and two guests.  The opening is the talk before a voice after the hosts' (or the first) speaks:
    later, "Bu Ayu dulu" hands the floor in questions, and "Pak Bayu dulu" is "back then"."""
    guests = [position for position in present if not speakers[position].is_host]
    voices = list(dict.fromkeys(utterance.speaker for utterance in utterances))
    after_hosts = voices[max(1, len(present) - len(guests)) :]
    opening = next(
        (i for i, u in enumerate(utterances) if after_hosts and u.speaker == after_hosts[0]), len(utterances)
    )
    first, late, reversed_ = [], [], False
    for index in range(opening):
        text = spoken[index]
        named = [start for spans in said.get(index, {}).values() for start, _ in spans]
        for position, spans in said.get(index, {}).items():
            for start, end in spans:
                # within its sentence, up to the next speaker named: "Bu Ayu, Pak Bayu menyusul" is his
                until = min(
                    [_sentence_bounds(breaks[index], start, end, len(text))[1]] + [n for n in named if n >= end]
                )
                after = text[end:until].strip()
                if position in guests and FIRST.match(after):
                    first.append(position)
                elif position in guests and LATE.match(after):
                    late.append(position)
        for found in ORDER_SAID.finditer(text):
            words = text[found.end() : _sentence_bounds(breaks[index], *found.span(), len(text))[1]].split()
            change = next(
                (
                    i
                    for i, word in enumerate(words[:ORDER_WORDS])
                    if word in REVERSED | CHANGED and words[i + 1 : i + 2] not in (["ke"], ["lagi"])
                ),
                None,
            )
            if change is not None and not UNCHANGED & set(words[:change]):
                reversed_ |= words[change] in REVERSED or len(guests) == 2
    first = list(dict.fromkeys(first))
    late = [position for position in dict.fromkeys(late) if position not in first]
    if first or late:
        moved = first + [position for position in guests if position not in first + late] + late
    else:
        moved = guests[::-1] if reversed_ else guests
    order = iter(moved)
    return [next(order) if position in guests else position for position in present]


def _handed_by_where(
    speakers: list[Speaker],
    utterances: list[Utterance],
    spoken: list[str],
    breaks: list[list[int]],
    said: dict[int, dict[int, list[tuple[int, int]]]],
    runs: list[tuple[int, int]],
    run_of: dict[int, int],
) -> list[tuple[int, int, int]]:
    """Hand-overs to a speaker by where she comes from, a word of her role no other speaker's name or
    role has, after "dari" ("Sekarang dari program studi, silakan, Pak."; "kita mulai dari narasumber
    kedua kita dari KBRI. Silakan."): as (utterance, position, offset), where the turn ends with it,
    a HANDOVER word after it in its sentence or in a short one after it, and no speaker named after
    it; not after "saya" or "kami" ("Kami dari Inspektorat akan memeriksa ..."), nor in a sentence of
    thanks or of what was heard (HEARD: "Terima kasih, paparan dari duta besar tadi sangat menarik.
    Silakan, Bu."; "Tadi kita sudah dengar dari Aljazair."), which had voted the next voice the
    speaker just heard.  Only a hand-over: "dari dinas kami" in the head of the office's own answer
    says nothing of who speaks."""
    words = [set(normalize(f"{speaker.name} {speaker.role or ''}").split()) for speaker in speakers]
    own = [
        {word for word in normalize(speaker.role or "").split() if len(word) >= 3 and word not in HOST_WORDS}
        - stop_words("id")
        - set().union(*(other for number, other in enumerate(words) if number != position))
        for position, speaker in enumerate(speakers)
    ]
    found = []
    for index, text in enumerate(spoken):
        if runs[run_of[index]][1] - index >= EDGE_UTTERANCES:
            continue
        for match in re.finditer(r"\bdari (?:pihak )?(\w+)", text):
            named_after = any(start >= match.end() for spans in said.get(index, {}).values() for start, _ in spans)
            owners = [position for position, role_words in enumerate(own) if match.group(1) in role_words]
            since, until = _sentence_bounds(breaks[index], *match.span(), len(text))
            then = text[until : min([b for b in breaks[index] if b > until] or [len(text)])].split()
            own_words = text[since : match.start()].split()[-1:] in (["saya"], ["kami"])  # "kami dari Inspektorat"
            # what was heard, thanked or told again: "terima kasih, paparan dari duta besar tadi ..."
            heard = THANKS.search(text[since : match.start()]) or HEARD & set(text[since:until].split())
            handing = HANDOVER.search(text[match.end() : until]) or (  # or in a short one: "Silakan, Pak."
                len(then) <= CUE_WORDS and HANDOVER.search(" ".join(then))
            )
            to_a_questioner = _hands_to_a_questioner(text, match.span(), breaks[index])
            if len(owners) == 1 and handing and not (named_after or own_words or heard or to_a_questioner):
                found.append((index, owners[0], match.start()))
    return found


def _absent(
    speakers: list[Speaker],
    spoken: list[str],
    breaks: list[list[int]],
    said: dict[int, dict[int, list[tuple[int, int]]]],
) -> set[int]:
    """The speakers the talk says are not there ("Mohon maaf, Pak Bayu berhalangan hadir", "Duta
    Besar berhalangan, sambutan beliau dibacakan oleh ...", "Doctor Bayu is unable to join us"),
    by name or by a role only one speaker has, said plain ("Duta Besar") or as he is called; not
    where the sentence says how he joins ("tidak bisa hadir langsung, bergabung daring")."""
    heads = [
        {form.removeprefix(f"{title} ") for form in role_forms(speaker.role) for title in ADDRESS}
        for speaker in speakers
    ]
    counted = Counter(head for own in heads for head in own)
    plain = [
        [re.compile(rf"\b{_heard(head)}\b") for head in own if counted[head] == 1 and head in PLAIN_ROLES]
        for own in heads
    ]
    away = set()
    for index, text in enumerate(spoken):
        for position, own in enumerate(plain):
            found = [match.span() for pattern in own for match in pattern.finditer(text)]
            for span in found + said.get(index, {}).get(position, []):
                since, until = _sentence_bounds(breaks[index], span[0], span[1], len(text))
                if ABSENT.match(text[span[1] : until].strip()) and not JOINING.search(text[since:until]):
                    away.add(position)
    return away


def _kind(
    text: str,
    span: tuple[int, int],
    named: dict[int, list[tuple[int, int]]],
    breaks: list[int],
    near_end: bool,
    glued: set[str],
) -> Kind | None:
    """What one mention of a name does: thanks ("terima kasih" in the words before it), a hand-over
    (its word beside the name, "Bu Ayu dulu", or a title and the name said to one person in the
    sentence that ends a turn), or neither (a turn put later: NOT_YET)."""
    said = text[span[0] : span[1]].split()
    before, after = _context(text, span, named, breaks)
    since_next = before[max((i + 1 for i, word in enumerate(before) if word in NEXT_WORDS), default=0) :]
    if THANKS.search(" ".join(since_next)):  # thanks are never a hand-over
        return "thanks"
    if before[-1:] and before[-1] in NOT_YET:
        return None
    # said to them ("Pak Duta Besar", "Bu Maya"), not of them ("paparan dari Pak Duta")
    addressed = (said[0] in TITLES or said[0] in glued) and not (before[-1:] and before[-1] in OF_SOMEONE)
    # ... in the sentence it ends with: "Pak Gilang masih rapat, nanti menyusul. Silakan, Bu." speaks of him
    ends_with_it = near_end and span[0] >= max(breaks, default=0)
    if HANDOVER.search(" ".join(before[-CUE_WORDS:] + after)) or after[:1] == ["dulu"] or (addressed and ends_with_it):
        return "hand-over"
    return None


def _to_a_questioner(spoken: list[str], runs: list[tuple[int, int]], run: int) -> bool:
    """Whether the voice before gave the floor to a questioner as its turn ended ("Penanya
    berikutnya, silakan."): a participant's "Terima kasih Pak Duta atas paparannya" then thanks
    the speaker, not the moderator who gave her the floor (QUESTIONER)."""
    if run < 1:
        return False
    first, last = runs[run - 1]
    return any(QUESTIONER.search(said) for said in spoken[max(first, last - EDGE_UTTERANCES + 1) : last + 1])


def past_a_hand_over(utterances: list[Utterance], runs: list[tuple[int, int]], run: int, thanking: str) -> bool:
    """Whether thanks opening this turn (`thanking`, their sentences) are for someone before the
    voice before: they are not for the floor (FOR_THE_FLOOR) but for a talk (FOR_A_TALK), or the
    turn is a participant's question (a question mark or ASKING in its first utterances, shorter
    than ASKING_SECONDS), and the voice before talked less than this turn, a hand-over
    ("Baik, selanjutnya Mas Bayu, silakan." "Terima kasih Bu Ayu atas paparannya, pertanyaan saya
    ..."). Counted for the moderator, five askers' thanks had given him the guest's name. A guest
    who hands back after her talk talked longer than the thanks she is given."""
    (first, last), (own_first, own_last) = runs[run - 1], runs[run]
    seconds = utterances[own_last].end - utterances[own_first].start
    if utterances[last].end - utterances[first].start >= seconds:
        return False
    if FOR_THE_FLOOR.search(thanking):  # "atas kesempatannya untuk materi saya": the floor's
        return False
    if FOR_A_TALK.search(thanking):
        return True
    opening = utterances[own_first : min(own_last, own_first + EDGE_UTTERANCES - 1) + 1]
    sentences = [sentence for utterance in opening for sentence in SENTENCE_END.split(utterance.text.strip())]
    asks = any(
        (sentence.endswith("?") and not GREETING.search(said)) or ASKING.search(said)
        for sentence, said in zip(sentences, map(normalize, sentences), strict=True)
    )
    return asks and seconds < ASKING_SECONDS


def _hands_to_a_questioner(text: str, span: tuple[int, int], breaks: list[int]) -> bool:
    """Whether a hand-over names a questioner: QUESTIONER in its sentence or the one before
    ("Silakan penanya, Mas Bayu dari Makassar."; "Tanya jawab. Silakan Mbak Nadia dari UGM.")."""
    since, until = _sentence_bounds(breaks, span[0], span[1], len(text))
    before = max((b for b in breaks if b < since), default=0)
    return bool(QUESTIONER.search(text[before:until]))


def _with_titles(text: str, span: tuple[int, int], breaks: list[int]) -> tuple[int, int]:
    """A name's span with the titles said before it in its sentence: "ibu ayu larasati", "yang
    mulia pak duta besar"; not "pak" ending the sentence before ("Terima kasih Pak. Bu Ayu,
    silakan."), nor before an introduction ("Bapak Ibu, saya Nadia" is hers, not said to her)."""
    if text[span[0] :].startswith(tuple(f"{lead} " for lead in INTRODUCING)):
        return span
    start = span[0]
    while start not in breaks and (words := text[:start].split()) and words[-1] in TITLES:
        start = text.rindex(words[-1], 0, start)
    return start, span[1]


def _sentence_bounds(breaks: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends, `breaks` being where an
    utterance's later sentences begin."""
    return max((b for b in breaks if b <= start), default=0), min((b for b in breaks if b >= end), default=length)


def _sentence_of(text: str, offset: int, breaks: list[int]) -> str:
    """The sentence of an utterance's normalized text that holds `offset`: a round of thanks in it
    ("terima kasih Mas Fajar, terima kasih Pak Rudi") thanks several people, not the voice before."""
    since, until = _sentence_bounds(breaks, offset, offset + 1, len(text))
    return text[since:until]


def _sentences(text: str) -> list[str]:
    """An utterance's sentences, each normalized: a name's "terima kasih" or "silakan" is in its own
    sentence ("Terima kasih atas paparannya. Berikutnya Bu Ayu, silakan.")."""
    return [said for piece in SENTENCE_END.split(text) if (said := normalize(piece))] or [""]


def _context(
    text: str, span: tuple[int, int], named: dict[int, list[tuple[int, int]]], breaks: list[int]
) -> tuple[list[str], list[str]]:
    """Up to THANKS_WORDS words before a name and CUE_WORDS after it, within its sentence and not
    past the speakers named beside it: in "Pak Konjen dulu, lalu Bu Maya" the "dulu" is his."""
    since, until = _sentence_bounds(breaks, span[0], span[1], len(text))
    others = [other for spans in named.values() for other in spans if other[1] <= span[0] or other[0] >= span[1]]
    since = max([since] + [other[1] for other in others if other[1] <= span[0]])
    until = min([until] + [other[0] for other in others if other[0] >= span[1]])
    return text[since : span[0]].split()[-THANKS_WORDS:], text[span[1] : until].split()[:CUE_WORDS]


def _introduces_self(text: str, span: tuple[int, int]) -> bool:
    """'saya Nadia', 'nama saya adalah Nadia', "I'm Nadia", 'saya selaku moderator', 'Chalief Akbar
    di sini': the name is the speaker's own."""
    before, found, after = text[: span[0]].split(), text[span[0] : span[1]], text[span[1] :].split()
    if found.split()[0] in TITLES:  # nobody calls herself "Bu Ayu": "pertanyaan saya, Bu Ayu" asks her
        return False
    return (
        any(" ".join(before[-size:]) in SELF for size in (1, 2, 3))
        or found.startswith(tuple(f"{lead} " for lead in INTRODUCING if lead != "adalah"))
        or after[:2] == ["di", "sini"]
    )


def _another_bearer(written: str, speaker: Speaker) -> bool:
    """Whether an utterance says the speaker's first name with another's surname after it ("Hi, I'm
    David Chen from NUS" is not Prof. David Brown): a capitalised word, as Whisper writes a name, that
    is no word of the speaker's name and no stop word.  A first name alone ("saya Hendra dari
    Bandung") cannot be told from the speaker's."""
    name = normalize(core_name(speaker.name)).split()
    if len(name) < 2:
        return False
    after_first = re.finditer(rf"\b{re.escape(name[0])}\s+([^\W\d_][\w'-]*)", written, re.IGNORECASE)
    no_surname = stop_words("id") | stop_words("en")  # as Whisper may capitalise them ("Saya Bayu Dari UGM")
    return any(
        word[0].isupper() and normalize(word) not in name and normalize(word) not in no_surname
        for word in (match.group(1) for match in after_first)
    )


def _listed(named: dict[int, list[tuple[int, int]]], text: str, breaks: list[int]) -> set[tuple[int, tuple[int, int]]]:
    """Mentions of speakers named one after the other in one sentence ("Pak Duta Besar dan Bu Ayu",
    "Bu Ayu, Pak Bayu"): an introduction or a closing thanks to all, which points to no one voice."""
    spans = sorted((span, position) for position, spans in named.items() for span in spans)
    listed = set()
    for (first, one), (second, other) in itertools.pairwise(spans):
        apart = any(first[1] <= b <= second[0] for b in breaks)
        if one != other and not apart and set(text[first[1] : second[0]].split()) <= LIST_JOINERS:
            listed |= {(one, first), (other, second)}
    return listed


def voice_runs(utterances: list[Utterance]) -> list[tuple[int, int]]:
    """First and last utterance of each run of one voice."""
    runs: list[tuple[int, int]] = []
    for index, utterance in enumerate(utterances):
        if runs and utterances[runs[-1][0]].speaker == utterance.speaker:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def moment(utterance: Utterance, kind: Kind) -> NamingEvidence:
    return NamingEvidence(start=utterance.start, said_by=utterance.speaker, text=utterance.text, kind=kind)


def _rank_of(rank: int, unlisted: tuple[int, ...]) -> int:
    """Where in the order the voice at `rank` stands with the voices at ranks `unlisted` named no
    one: a rank earlier for each of them before it."""
    return rank - sum(other < rank for other in unlisted)


def _named_no_one(talk: np.ndarray, count: int, present: list[int], unlisted: tuple[int, ...], voice: int) -> bool:
    """Whether the talk says the voice at rank `voice` is none of the config's speakers (a
    technician, an opener, a participant asking before a speaker's turn), with the voices at the
    ranks `unlisted` left out: it points to the next voice it names (past the unlisted ones) as
    the speaker of that voice's rank, and not to this voice as the speaker of its rank with only
    the ones before it left out (a host handing over to "Pak" alone, then "silakan Bu Ayu" to the
    third voice)."""
    if talk[voice, present[_rank_of(voice, unlisted)]] > 0:
        return False
    later = range(voice + 1, min(len(talk), len(present) + len(unlisted)))
    named = (rank for rank in later if rank not in unlisted and talk[rank, :count].max() > 0)
    rank = next(named, None)
    return rank is not None and talk[rank, present[_rank_of(rank, unlisted)]] > 0


def _talk_seconds(voices: list[str], utterances: list[Utterance]) -> np.ndarray:
    """Each voice's seconds of talk."""
    row = {voice: number for number, voice in enumerate(voices)}
    seconds = np.zeros(len(voices))
    for utterance in utterances:
        if utterance.speaker in row:
            seconds[row[utterance.speaker]] += utterance.end - utterance.start
    return seconds


def _short(
    seconds: np.ndarray, talk: np.ndarray, little: list[bool], present: list[int], unlisted: tuple[int, ...]
) -> set[int]:
    """The voices at the ranks `unlisted` that may be left out by their brevity: the talk names
    such a voice as no configured speaker, the order as written would give it the name of no host
    or officer (`little`, by position: _says_little_by_office), and it talks BRIEF_RATIO times less
    than each voice that takes a configured speaker's place in the order with the `unlisted` ones
    left out, of which there are enough for every present speaker.  The bar is the guests' voices:
    a host or officer who only hands over may talk no longer than a participant's question (an
    audit: a listed moderator's 104 s left two 30-45 s questions before the last guest in the
    order)."""
    if len(seconds) < len(present) + len(unlisted):
        return set()
    kept = [rank for rank in range(len(present) + len(unlisted)) if rank not in unlisted]
    guests = [rank for rank in kept if not little[present[_rank_of(rank, unlisted)]]]
    least = min(seconds[guests or kept])
    # who takes each position in the order with the `unlisted` voices left out
    taker = {_rank_of(rank, unlisted): rank for rank in kept}

    def keeps_a_host_brief(voice: int) -> bool:
        """A sound check before a listed moderator of a minute: the voice that takes the host's
        name instead talks BRIEF_RATIO times more than this one, and as little as a host may."""
        instead = seconds[taker[_rank_of(voice, unlisted)]]
        return seconds[voice] * BRIEF_RATIO <= instead and instead * BRIEF_RATIO <= least

    return {
        voice
        for voice in unlisted
        if talk[voice, : len(little)].max() <= 0
        and (not little[present[_rank_of(voice, unlisted)]] or keeps_a_host_brief(voice))
        and seconds[voice] * BRIEF_RATIO <= least
    }


def _cost_left_out(
    seconds: np.ndarray, talk: np.ndarray, little: list[bool], present: list[int], unlisted: tuple[int, ...]
) -> float | None:
    """What leaving the voices at the ranks `unlisted` out of the order costs: UNLISTED_COST for
    each left out on the talk's word (_named_no_one), less BRIEF_CREDIT once where the rest are
    left out by their brevity (_short): a rector's welcome, an unlisted moderator who handed the
    first guest the floor by name and the askers of a round of questions before the second guest
    (an audit).  None where some voice is left out on neither ground, or more than MAX_UNLISTED on
    the talk's word alone, or beside brief ones a voice the talk names as a configured speaker by
    more than the order is worth (ORDER_PRIOR: an audit's moderator who said "Saya Shinta" and was
    thanked as Shinta, left out together with a 9-second reminder before her, and an asker took
    her name; a technician's "rekaman sudah jalan" that the thanks after it named stays out)."""
    short = _short(seconds, talk, little, present, unlisted)
    said = [voice for voice in unlisted if voice not in short]
    if not short and len(said) > MAX_UNLISTED:
        return None
    if short and any(talk[voice, : len(little)].max() >= ORDER_PRIOR for voice in said):
        return None
    if not all(_named_no_one(talk, len(little), present, unlisted, voice) for voice in said):
        return None
    return UNLISTED_COST * len(said) - (BRIEF_CREDIT if short else 0.0)


def _cost_aside(
    seconds: np.ndarray,
    talk: np.ndarray,
    count: int,
    bar: int,
    configured: int,
    unlisted: tuple[int, ...],
    offices: int,
) -> float | None:
    """What leaving the voices at the ranks `unlisted` out costs with the order set aside, where the
    order cannot say which voices are no one's: UNLISTED_COST for each, asking nothing of the talk,
    but nothing for a brief one (no vote for a configured speaker, BRIEF_RATIO times less talk than
    each of the `bar` longest voices kept, the `configured` voices of the first ranks left in), and
    BRIEF_CREDIT less once where there are brief ones.  None where a voice after the kept ones talks
    BRIEF_RATIO times more than a kept one past the `offices` shortest (the present hosts and
    officers, who may be brief): a technician between each hand-over and the guest took the guests' names that way."""
    kept = [rank for rank in range(min(len(seconds), configured + len(unlisted))) if rank not in unlisted]
    later = seconds[configured + len(unlisted) :]
    if len(kept) > offices and len(later) and later.max() > BRIEF_RATIO * np.sort(seconds[kept])[offices]:
        return None
    least = _longest(seconds[kept], bar)
    brief = [voice for voice in unlisted if talk[voice, :count].max() <= 0 and seconds[voice] * BRIEF_RATIO <= least]
    return UNLISTED_COST * (len(unlisted) - len(brief)) - (BRIEF_CREDIT if brief else 0.0)


def _against_talk_time(seconds: np.ndarray, speakers: list[Speaker], present: list[int]) -> np.ndarray:
    """TALK_TIME_VOTE against each voice as the first present host (Speaker.is_host) where the
    voice talks BRIEF_RATIO times more than the voice of least talk among the longest voices, as
    many as there are present speakers: one of those may be the host, not this one.  Only the
    first host's: a guest whose role says "Kepala" or "Direktur" talks long, and two such
    columns were two votes, so talk time alone set a right order aside (a review's webinar)."""
    against = np.zeros((len(seconds), len(speakers)))
    host = next((position for position in present if speakers[position].is_host), None)
    least = _longest(seconds, len(present))
    if host is not None and len(seconds) >= len(present) and least > 0:
        against[seconds >= BRIEF_RATIO * least, host] = TALK_TIME_VOTE
    return against


def _longest(seconds: np.ndarray, count: int) -> float:
    """The talk of the count-th longest voice (the shortest where there are fewer; 0 for none)."""
    if not len(seconds) or count <= 0:
        return 0.0
    return float(np.sort(seconds)[::-1][min(count, len(seconds)) - 1])


def _slight(seconds: np.ndarray, count: int) -> list[int]:
    """The first MAX_SLIGHT ranks of voices that could be brief with `count` guests present (host
    and officers aside, as _short sets them): each talks BRIEF_RATIO times less than the count-th
    longest voice, as a voice left out by its brevity does beside the voices that take the
    present guests' places."""
    if count == 0 or len(seconds) <= count:
        return []
    needed = _longest(seconds, count)
    return [rank for rank in range(len(seconds)) if seconds[rank] * BRIEF_RATIO <= needed][:MAX_SLIGHT]


def _says_little_by_office(speaker: Speaker) -> bool:
    """A host, or an officer (OFFICER_WORDS in the name or role): a configured speaker who may
    well say little, and so keeps the voice the order gives her however brief it is."""
    return speaker.is_host or speaker.called_by_any(OFFICER_WORDS)


def _ordered(
    talk: np.ndarray, bonus: float, count: int, present: list[int], unlisted: tuple[int, ...], aside: bool = False
) -> np.ndarray:
    """The scores with the config's order as a prior: voice by rank, or with the voices at the ranks
    `unlisted` named no one and every later one a rank later for each; the order skips a speaker
    the talk says is absent, who gets a voice only on the talk's word (ORDER_PRIOR against it).
    With the order set `aside`, each voice kept is one of the present speakers, ORDER_PRIOR for any,
    and only the tie-break (ORDER_TIE) keeps the voices the talk says nothing of in order."""
    score = talk.copy()
    score[:, present] += bonus
    score[:, [position for position in range(count) if position not in present]] -= ORDER_PRIOR
    for rank in range(min(len(score), len(present) + len(unlisted))):
        if rank in unlisted:
            score[rank, :count] -= 2 * bonus  # named no one
        elif aside:  # one of the configured speakers, which one the talk says
            off = np.arange(len(present)) - _rank_of(rank, unlisted)
            score[rank, present] += ORDER_PRIOR - ORDER_TIE * off**2 / max(1, len(present)) ** 3
        else:
            score[rank, present[_rank_of(rank, unlisted)]] += ORDER_PRIOR
    return score


def name_voices(
    voices: list[str], speakers: list[Speaker], utterances: list[Utterance], language: str
) -> dict[str, Naming]:
    """Each voice (labels in the order they first speak) its name: a configured speaker's, or
    'Speaker N' for a voice the config names no one for."""
    from scipy.optimize import linear_sum_assignment

    votes, present = _evidence(speakers, utterances, language)
    talk = np.zeros((len(voices), len(speakers) + len(voices)))
    row = {voice: number for number, voice in enumerate(voices)}
    for vote in votes:
        if vote.voice in row:
            talk[row[vote.voice], vote.position] += vote.weight
    # every configured speaker gets a voice while there are voices enough, before any vote counts
    bonus = len(voices) * (ORDER_PRIOR + len(votes) + 1)
    # voices the config does not list, somewhere in its order: each before a listed speaker, fewer first
    extra = max(0, len(voices) - len(present))
    candidates = [
        left_out
        for size in range(1 + min(MAX_UNLISTED, extra))
        for left_out in itertools.combinations(range(len(present) + size - 1), size)
    ]
    seconds = _talk_seconds(voices, utterances)
    # ... and more of them on their brevity alone (a round of questions before the last guest's turn)
    little = [_says_little_by_office(speaker) for speaker in speakers]
    guests = sum(not little[position] for position in present)
    slight = _slight(seconds, guests or len(present))
    candidates += [
        left_out
        for size in range(MAX_UNLISTED + 1, 1 + min(len(slight), extra))
        for left_out in itertools.combinations(slight, size)
        if left_out[-1] < len(present) + size - 1
    ]
    # ... and those with a voice the talk alone says is no one's among them (an unlisted moderator)
    said_alone = [
        rank
        for rank in range(len(present) if extra else 0)
        if _named_no_one(talk, len(speakers), present, (rank,), rank)
    ][:MAX_UNLISTED]
    candidates += [
        left_out
        for size in range(MAX_UNLISTED, min(len(slight), extra - 1) + 1)
        for some in itertools.combinations(slight, size)
        for said in said_alone
        if said not in some and (left_out := tuple(sorted((*some, said))))[-1] < len(present) + size
    ]
    cost: dict[tuple[int, ...], float] = {(): 0.0}  # of each set of voices left out (_cost_left_out)
    for left_out in candidates[1:]:
        if (costs := _cost_left_out(seconds, talk, little, present, left_out)) is not None:
            cost[left_out] = costs
    # each set with the order as written, then each candidate set with the order set aside (ORDER_ASIDE)
    hypotheses = [(left_out, False, charge) for left_out, charge in cost.items()] + [
        (left_out, True, charge)
        for left_out in dict.fromkeys(candidates)
        if (
            charge := _cost_aside(
                seconds, talk, len(speakers), guests or len(present), len(present), left_out, len(present) - guests
            )
        )
        is not None
    ]
    against = _against_talk_time(seconds, speakers, present)
    timed = talk.copy()
    timed[:, : len(speakers)] -= against
    solved = [
        (score, *linear_sum_assignment(score, maximize=True))
        for score in (
            _ordered(timed, bonus, len(speakers), present, left_out, aside) for left_out, aside, _ in hypotheses
        )
    ]
    totals = [
        score[rows, columns].sum() - charge - (ORDER_ASIDE if aside else 0.0)
        for (_, aside, charge), (score, rows, columns) in zip(hypotheses, solved, strict=True)
    ]
    chosen = totals.index(max(totals))  # the order as written on a tie
    _, rows, columns = solved[chosen]
    left_out, _, charge = hypotheses[chosen]
    by_brevity = charge < UNLISTED_COST * len(left_out)
    # ... or the order as written gives the host's name to a voice of long talk
    by_length = any(against[rank, position] for rank, position in enumerate(present[: len(voices)]))
    moved: NamedBy = "talk_time" if by_brevity or by_length else "talk"
    named: dict[str, Naming] = {}
    for number, column in zip(rows, columns, strict=True):
        voice = voices[number]
        if column >= len(speakers):
            named[voice] = Naming(EXTRA_VOICE.format(number + 1), moved if number < len(speakers) else "order", ())
            continue
        shown = tuple(v.moment for v in votes if v.moment and (v.voice, v.position) == (voice, column))[:EVIDENCE_SHOWN]
        named[voice] = Naming(speakers[column].name, "order" if column == number else "talk" if shown else moved, shown)
    return named
