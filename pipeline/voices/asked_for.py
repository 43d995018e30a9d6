"""`lokakarya search --speaker`: the voices a name asks for, as the talk calls them, misspelt or
by role or as the host, each person under their other spellings too (only_speaker)."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyarrow
import pyarrow.compute

from pipeline.artifacts import PipelineError
from pipeline.config import speaker_person, speaker_person_key
from pipeline.text.formats import names_listed
from pipeline.text.language import HOST_WORDS, fold, person_key, person_name
from pipeline.text.matching import SHORT_TERM, respelt, slipped

if TYPE_CHECKING:  # search.py imports this module
    from pipeline.search import ArchiveTables

log = logging.getLogger("lokakarya")


def called_voices(tables: ArchiveTables) -> dict[tuple[str, str], list[str]]:
    """The names the talk gives each voice the config does not list, by (day, voice label), from
    speakers.parquet; none where the table is missing, unreadable or older than the column (the
    names the config gives are in the segments table itself)."""
    try:
        rows = tables.columns("speakers", ["day", "label", "called"]).to_pylist()
    except (pyarrow.ArrowException, OSError, KeyError):
        return {}
    return {
        (row["day"], row["label"]): [name for name in row["called"] if isinstance(name, str)]
        for row in rows
        if isinstance(row["day"], str) and isinstance(row["label"], str) and row["called"]
    }


@dataclass(frozen=True)
class VoiceRole:
    """A voice's name, role and whether it runs the session, as speakers.parquet has them."""

    name: str
    role: str | None
    host: bool


def voice_roles(tables: ArchiveTables) -> dict[tuple[str, str], VoiceRole]:
    """Each voice's VoiceRole by (day, voice label), from speakers.parquet; none where the table is
    missing, unreadable or older than the columns (`--speaker` then finds names alone)."""
    try:
        rows = tables.columns("speakers", ["day", "label", "name", "role", "host"]).to_pylist()
    except (pyarrow.ArrowException, OSError, KeyError):
        return {}
    return {
        (row["day"], row["label"]): VoiceRole(
            row["name"], row["role"] if isinstance(row["role"], str) else None, bool(row["host"])
        )
        for row in rows
        if isinstance(row["day"], str) and isinstance(row["label"], str) and isinstance(row["name"], str)
    }


def by_role(speaker: str, wanted: list[str], roles: dict[tuple[str, str], VoiceRole], days: set[str]) -> set[str]:
    """The voices ("day\x00label") of the `days` searched that `--speaker` names by their part rather
    than their name: each word of it begins a word of the role ("Atase" for "Atase Pendidikan dan
    Kebudayaan KBRI Seoul"), or it holds a host's word (language.HOST_WORDS: "Moderator", "MC"),
    which is every voice that runs its session however the day names it: "Moderator" had found only
    the days whose moderator is named "Moderator", not Nadia Rahmawati, role Moderator, of para-16
    to para-19.  A host's word beside other words ("Moderator Nadia") is the hosts those words name
    (by name or role), not every host.  Said in a line where it adds voices the name alone does not."""
    hosting = bool(HOST_WORDS & set(wanted))
    rest = [word for word in wanted if word not in HOST_WORDS]
    found = {
        f"{day}\x00{label}": voice
        for (day, label), voice in roles.items()
        if day in days
        and (
            (hosting and voice.host and begins_words(rest, f"{voice.name} {voice.role or ''}"))
            or bool(voice.role and begins_words(wanted, voice.role))
        )
    }
    added = sorted({voice.name for voice in found.values() if not begins_words(wanted, voice.name)})
    if added:
        what = "every host voice, by name or role" if hosting else "the voices of that role"
        log.warning(f"search: --speaker {speaker!r}: {what}: {names_listed(added)}")
    return set(found)


def only_speaker(
    segments: pyarrow.Table,
    speaker: str,
    called: dict[tuple[str, str], list[str]],
    roles: dict[tuple[str, str], VoiceRole] | None = None,
) -> pyarrow.Table:
    """The rows of speakers in whose name each word of NAME begins a word ("ayu" and "lara" for
    "Dr. Ayu Larasati", not "Bayu Anggoro"), the titles NAME is written with left out ("Ibu Ayu
    Larasati"), of the voices the config does not list that the talk calls so ("Speaker 4",
    called Dewi Lestari), and of the voices NAME names by role or as the host (by_role, from
    `roles`: voice_roles).  Where none has, the names NAME misspells (spelt_otherwise) are taken where
    they are one person's, and named in a warning: "Chalif Akbar" for H.E. Chalief Akbar; several
    people so spelt ("Dewie": Dewi Lestari, Dewi Sartika) are an error naming them, and a name that
    is another's ("Bayu" for Ayu Larasati) an error listing the speakers.  Each person so found is
    found under their other spellings too, as speakers.parquet's person_key joins them ("Soekarno"
    finds the days of "Sukarno"): a researcher asks for a person, not a spelling."""
    wanted = fold(person_name(speaker) or speaker).split() or fold(speaker).split()
    every = segments["speaker_name"].unique().to_pylist()
    person_key_of = functools.cache(speaker_person_key)  # read of every speaker's name, twice or more

    def named(is_meant) -> tuple[list[str], dict[str, list[str]]]:
        """The speakers' names so meant, and the unlisted voices ("day\\x00label") called so, with those names."""
        voices = {f"{day}\x00{label}": list(filter(is_meant, said)) for (day, label), said in called.items()}
        return list(filter(is_meant, every)), {voice: said for voice, said in voices.items() if said}

    def said(names: list[str], voices: dict[str, list[str]]) -> list[str]:
        """The speakers' names and the names the talk calls the voices by."""
        return [*names, *(name for called_so in voices.values() for name in called_so)]

    names, voices = named(lambda name: begins_words(wanted, name))
    # a role's words as typed: "Guru Besar" is no title and "Besar" (person_name leaves "Guru" out as one)
    parts = by_role(speaker, fold(speaker).split(), roles or {}, set(segments["day"].unique().to_pylist()))
    if misspelt := not names and not voices and not parts:
        names, voices = named(lambda name: spelt_otherwise(wanted, name))
        # one person however each day spells them: 'Sokarno' is Soekarno's and Sukarno's days, not two people
        people: dict[str, set[str]] = {}
        for name in said(names, voices):
            people.setdefault(person_key_of(name) or name, set()).add(speaker_person(name) or name)
        spelt = sorted(" or ".join(sorted(spellings)) for spellings in people.values())
        if not people:
            raise PipelineError(
                f"search: --speaker {speaker!r}: no speaker's name has its words "
                f"(speakers: {names_listed(sorted(every))})"
            )
        if len(people) > 1:
            raise PipelineError(
                f"search: --speaker {speaker!r}: no speaker's name has its words; spelt alike: {names_listed(spelt)}"
            )
    # and the same person's other spellings on other days ('Soekarno' finds Sukarno's days too)
    keys = {person_key_of(name) for name in said(names, voices)} - {None}
    same_person, same_person_voices = named(lambda name: person_key_of(name) in keys)
    names, voices = [*dict.fromkeys([*names, *same_person])], voices | same_person_voices
    if misspelt:
        spellings = " or ".join(sorted({speaker_person(name) or name for name in said(names, voices)}))
        log.warning(
            f"search: --speaker {speaker!r}: no speaker's name has its words; taken as {spellings}, spelt alike"
        )
    day_voices = pyarrow.compute.binary_join_element_wise(segments["day"], segments["speaker"], "\x00")
    keep = pyarrow.compute.or_(
        pyarrow.compute.is_in(segments["speaker_name"], pyarrow.array(names, pyarrow.string())),
        pyarrow.compute.is_in(day_voices, pyarrow.array([*voices, *parts], pyarrow.string())),
    )
    return segments.filter(keep)


def begins_words(wanted: list[str], name: str) -> bool:
    """Whether each of NAME's words begins a word of the name ("ayu" and "lara" for "Dr. Ayu
    Larasati"; "ayu" not for "Bayu")."""
    words = fold(name).split()
    return all(any(word.startswith(part) for word in words) for part in wanted)


def spelt_otherwise(wanted: list[str], name: str) -> bool:
    """Whether NAME is the name as an archivist may misspell it: the same person_key ("Nur Hayati"
    for "Nurhayati"), or each of its words a word of the name or its beginning but for one slip
    (slipped), in the letters typed or as person_key spells them with "y" as "i" ("Tjahjo" for
    "Cahyo", "Setyawan" for "Setiawan") and "kh" as "h" (person_key's "kh" is also the old "ch":
    "Achmad" for Ahmad, "Machfud" for Mahfud, "Chairul" for Hairul; person_key keeps them apart, as
    two people may be, but a name typed so is the one speaker of that spelling, named in the warning);
    a word under SHORT_TERM letters must begin a word as it is.
    Another letter in one's place or another first letter is another name, not a slip: "Rina" is
    no "Rini", "Bayu" no "Ayu" (docs/search-benchmark.md)."""
    if person_key(" ".join(wanted)) == speaker_person_key(name):
        return True

    def one_slip_from(part: str, word: str) -> bool:
        # not a beginning a letter shorter than the word typed: "Dewa" is "Dew" and a vowel, but no Dewi
        return any(
            slipped(typed, beginning)
            for typed, spelt in ((part, word), (respelt(part), respelt(word)))
            for beginning in {spelt, spelt[: len(typed)], spelt[: len(typed) + 1]}
        )

    words = fold(name).split()
    return all(
        any(word.startswith(part) or (len(part) >= SHORT_TERM and one_slip_from(part, word)) for word in words)
        for part in wanted
    )
