"""What each utterance means, as vectors: search's other words for the same thing.

`lokakarya tables --meaning` has the sentence encoder (multilingual-e5-small, loaded and verified as
the compare stage loads it) read every utterance of the segments table once, day by day, into
outputs/<day>/utterance-vectors.npz; `lokakarya search` then lists, after its own hits, the
utterances whose vectors are within MEANING_MIN_COSINE of the query's and that say one of its words
("ongkos kuliah sendiri" finds "kuliah dengan biaya sendiri": docs/search-benchmark.md).  Reading a
2-hour day takes about half a minute, so it is done only when asked, and again only for a day whose utterances changed:
the file records what it was made from (the encoder's sha256, the sha256 of the day's utterance
numbers and texts), and search uses a day's vectors only where those are the utterances it has.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import stat
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow
import pyarrow.compute

from pipeline import __version__
from pipeline.artifacts import DayPaths, run_holds
from pipeline.records.files import open_regular, write_atomic
from pipeline.records.saved_arrays import UNREADABLE, checked_array, described, unreadable
from pipeline.system.models import ENCODER_NAME, ENCODER_SHA256
from pipeline.text.formats import names_listed
from pipeline.text.meaning import ENCODER_TOKENS, encoded_texts

log = logging.getLogger("lokakarya")

DIMENSIONS = 384  # multilingual-e5-small's vector
# Two bytes a number: 85 MB for a 100-day archive's 110,700 utterances, and cosines within 0.001
# of float32's, where the threshold below was chosen in steps of 0.01.
VECTORS_DTYPE = np.dtype("<f2")
# With a hit by meaning saying one of the query's words (search.meaning_scores), chosen on the tuning
# halves of the queries in other words and on ASR: of the rules with no more false leads, the best
# MRR (0.84 and 0.85 tied; the higher lists fewer wrong leads); a cosine alone, or one standardised
# per query or per day, did worse (docs/search-benchmark.md).
MEANING_MIN_COSINE = 0.85
# The most hits by meaning a query lists: they are leads, mostly wrong (right 14 times in 72 shown on
# the bundled days' ASR, 14 in 102 on the long talks' text: docs/search-benchmark.md), and every
# figure of theirs was measured on a query's first five hits.
MEANING_SHOWN = 5
MADE_FROM_BYTES = 4_096  # the record of what the vectors were made from: a few hundred bytes of JSON
LAYOUT = 1  # of the file; another is made again, as vectors of other utterances are


class UnusableVectors(Exception):
    """Why a day's vectors file is not that of the utterances the tables hold: made from others
    (the day run again since), by another encoder, or damaged."""


@dataclass(frozen=True)
class DayUtterances:
    """One day's rows of the segments table, in its order."""

    day: str
    rows: np.ndarray  # row numbers in the table read
    utterances: list[int]
    texts: list[str]

    def sha256(self) -> str:
        """What the vectors are made from: each utterance's number and text, in order."""
        pairs = json.dumps(list(zip(self.utterances, self.texts, strict=True)), ensure_ascii=False)
        return hashlib.sha256(pairs.encode("utf-8")).hexdigest()


def vectors_path(outputs: Path, day: str) -> Path:
    return DayPaths.for_day(outputs, day).utterance_vectors


def days_of(segments: pyarrow.Table, only: set[str] | None = None) -> list[DayUtterances]:
    """The table's days (those in `only`, when given), each with its rows, utterances and texts."""
    encoded = segments["day"].combine_chunks().dictionary_encode()
    codes = encoded.indices.to_numpy(zero_copy_only=False)
    days = []
    for code, day in enumerate(encoded.dictionary.to_pylist()):
        if only is not None and day not in only:
            continue
        rows = np.flatnonzero(codes == code)
        taken = segments.select(["utterance", "text"]).take(pyarrow.array(rows, pyarrow.int64()))
        days.append(DayUtterances(day, rows, taken["utterance"].to_pylist(), taken["text"].to_pylist()))
    return days


def read_vectors(path: Path, day: DayUtterances) -> np.ndarray:
    """The day's vectors, one row per utterance in `day`'s order; raises FileNotFoundError where
    there is no file, UnusableVectors saying why one is not those of these utterances (made from
    others or by another encoder, not an npz, an array missing, of another type or shape, a
    pickle, numbers that are no numbers).  Nothing is used before it is checked."""
    count = len(day.texts)
    most = count * DIMENSIONS * VECTORS_DTYPE.itemsize
    kind = path.lstat()  # FileNotFoundError: none made
    if not stat.S_ISREG(kind.st_mode):
        raise UnusableVectors("damaged: not a regular file")
    if kind.st_size > most + MADE_FROM_BYTES + 4_096:  # the zip's and the .npy headers
        raise UnusableVectors(f"damaged: {kind.st_size:,} bytes, more than {count:,} utterances' vectors")
    try:
        with open_regular(path, follow=False) as handle, zipfile.ZipFile(handle) as archive:
            names = sorted(archive.namelist())
            if names != ["made_from.npy", "vectors.npy"]:
                held = ", ".join(names)[:200] or "nothing"
                raise UnusableVectors(f"damaged: holds {held}, not vectors and made_from")
            made_from = checked_array(archive, "made_from", MADE_FROM_BYTES, _damaged)
            if made_from.dtype.kind != "U" or made_from.shape:
                raise UnusableVectors(f"damaged: 'made_from' is {described(made_from)}, not a text")
            try:
                record = json.loads(str(made_from))
            except ValueError:
                record = None
            if not isinstance(record, dict):
                raise UnusableVectors("damaged: 'made_from' is no record of what the vectors were made from")
            if record.get("layout") != LAYOUT or record.get("encoder_sha256") != ENCODER_SHA256:
                raise UnusableVectors("made by another encoder or version")
            if record.get("utterances_sha256") != day.sha256():
                raise UnusableVectors("made from other utterances than the tables now hold (the day was run again)")
            vectors = checked_array(archive, "vectors", most, _damaged)
    except UNREADABLE as exc:
        raise UnusableVectors(f"damaged: {unreadable(exc)}") from None
    if vectors.dtype != VECTORS_DTYPE or vectors.shape != (count, DIMENSIONS):
        raise UnusableVectors(f"damaged: 'vectors' is {described(vectors)}, not {count:,} rows of {DIMENSIONS} float16")
    if not np.isfinite(vectors).all():
        raise UnusableVectors("damaged: 'vectors' holds numbers that are not finite")
    return vectors


def _damaged(problem: str) -> UnusableVectors:
    return UnusableVectors(f"damaged: {problem}")


def vectors_bytes(vectors: np.ndarray, made_from: dict) -> bytes:
    """The file: the vectors and, as JSON, what they were made from."""
    buffer = io.BytesIO()
    np.savez(buffer, vectors=vectors.astype(VECTORS_DTYPE), made_from=np.array(json.dumps(made_from)))
    return buffer.getvalue()


def encoded(texts: list[str], query: bool) -> np.ndarray:
    """The texts' vectors (e5's "query: " or "passage: " form), read by the encoder as the compare
    stage reads report points and windows: verified, on its threads, each within its tokens."""
    from pipeline.system.models import sentence_encoder

    return encoded_texts(sentence_encoder(), texts, query=query, tokens=ENCODER_TOKENS)


def make_day_vectors(outputs: Path, segments: pyarrow.Table) -> Iterator[str]:
    """Write each day's vectors (outputs/<day>/utterance-vectors.npz) where they are not those of its
    utterances in `segments` (the archive's table); yields a line per day, as it goes."""
    days = days_of(segments)
    for number, day in enumerate(days, 1):
        path = vectors_path(outputs, day.day)
        step = f"[{number}/{len(days)}] {day.day}"
        if path.parent.is_symlink() or not path.parent.is_dir():
            yield f"{step}: no day folder in {outputs}, so no vectors (in the tables, removed since)"
            continue
        if path.is_dir() and not path.is_symlink():  # never removed: it may hold someone's files
            yield f"{step}: {path} is a folder, where its vectors go; move it away, and run this again"
            continue
        if run_holds(path.parent):  # its transcript is changing: read after the run, not now
            yield f"{step}: a run is working on this day; its vectors are made by the next `lokakarya tables --meaning`"
            continue
        try:
            read_vectors(path, day)
            yield f"{step}: {len(day.texts):,} utterances' vectors up to date"
            continue
        except FileNotFoundError:
            replaced = ""
        except (UnusableVectors, OSError) as exc:
            replaced = f" (replacing vectors {exc})"
        started = time.perf_counter()
        vectors = encoded(day.texts, query=False) if day.texts else np.zeros((0, DIMENSIONS))
        seconds = time.perf_counter() - started
        made_from = {
            "layout": LAYOUT,
            "encoder": ENCODER_NAME,
            "encoder_sha256": ENCODER_SHA256,
            "utterances_sha256": day.sha256(),
            "count": len(day.texts),
            "dtype": "float16",
            "dimensions": DIMENSIONS,
            "made": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "seconds": round(seconds, 2),
            "lokakarya": __version__,
        }
        write_atomic(path, vectors_bytes(vectors, made_from))
        yield f"{step}: {len(day.texts):,} utterances read in {seconds:.1f} s -> {path}{replaced}"


def usable_vectors(outputs: Path, segments: pyarrow.Table) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], str]:
    """The searched days' vectors that are those of their utterances in `segments`, by day: (their
    rows in the table, the vectors); and where some day has none usable, a warning line saying how
    many and why.  Where no searched day has a vectors file, nothing is read."""
    searched = pyarrow.compute.unique(segments["day"]).to_pylist()
    with_file = {day for day in searched if vectors_path(outputs, day).exists()}
    if not with_file:
        return {}, ""
    found, unusable = {}, []
    for day in days_of(segments, with_file):
        try:
            found[day.day] = (day.rows, read_vectors(vectors_path(outputs, day.day), day))
        except (UnusableVectors, OSError) as exc:
            unusable.append(f"{day.day}: {exc}")
    without = len(searched) - len(found)
    if not without:
        return found, ""
    shown = names_listed(unusable, 3) if unusable else ""
    return found, (
        f"search: {without} of {len(searched)} day(s) searched have no vectors of their utterances"
        f"{f' ({shown})' if shown else ''}, so are searched by words alone; `lokakarya tables --meaning` makes them"
    )
