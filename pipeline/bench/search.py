"""Measure `lokakarya search` on a generated archive: 100 days x 2 hours of utterances; score it on
a judged query set.

python -m pipeline.bench.search [FOLDER] builds FOLDER/segments.parquet (words drawn from the
day-10 report; ~1,100 utterances of ~6.5 s per day, like Whisper base's segments here), times the
same queries with the table read by pyarrow, by pandas and by DuckDB, and writes
docs/search-benchmark.md.  search.py keeps the faster reader.

python -m pipeline.bench.search --score configs/search/SET.json --outputs FOLDER [--words-only]
runs each query of the set as `lokakarya search --limit 5` does on the archive in FOLDER and prints
MRR, R@1 and R@5 per half (docs/search-benchmark.md's held-out sections).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pandas
import pyarrow
import pyarrow.parquet

from pipeline import search
from pipeline.index import table, write_table
from pipeline.records.files import PipelineError
from pipeline.text.language import fold

REPO = Path(__file__).resolve().parents[2]
DAYS, HOURS, UTTERANCE_SECONDS = 100, 2, 6.5
QUERIES = [
    ("diplomasi digital", None, None),
    ("Laras Sati", None, None),
    ("kerja sama ekonomi", "day-042", None),
    ("pandemi", None, "Ayu"),
    ("RI", None, None),
]
REPEATS = 7
REPORT = REPO / "docs" / "search-benchmark.md"
SCORED_LIMIT = 5  # every held-out figure in REPORT is of a query's first five hits


def generate(folder: Path, seed: int = 10) -> int:
    """Write folder/segments.parquet; return its row count."""
    vocabulary = (REPO / "configs" / "reports" / "day-10.txt").read_text(encoding="utf-8").split()
    names = ["H.E. Chalief Akbar", "Dr. Ayu Larasati, S.Sos., M.Ikom.", "Moderator"]
    rng = random.Random(seed)
    rows = []
    for day in range(DAYS):
        start = 0.0
        for utterance in range(int(HOURS * 3600 / UTTERANCE_SECONDS)):
            text = " ".join(rng.choices(vocabulary, k=rng.randint(8, 28)))
            speaker = rng.randrange(len(names))
            rows.append(
                {
                    "day": f"day-{day:03d}",
                    "utterance": utterance,
                    "start_s": round(start, 2),
                    "end_s": round(start + UTTERANCE_SECONDS, 2),
                    "speaker": f"SPEAKER_{speaker:02d}",
                    "speaker_name": names[speaker],
                    "text": text,
                    "mean_probability": 0.8,
                    "text_folded": fold(text),
                }
            )
            start += UTTERANCE_SECONDS
    write_table("segments", table("segments", rows), folder)
    return len(rows)


def load_with_pandas(path: Path, day: str | None) -> pyarrow.Table:
    """Read into a pandas DataFrame (the rest of the search then runs on the same Arrow data)."""
    frame = pandas.read_parquet(path, columns=search.COLUMNS, filters=[("day", "==", day)] if day else None)
    return pyarrow.Table.from_pandas(frame, preserve_index=False)


def load_with_duckdb(path: Path, day: str | None) -> pyarrow.Table:
    import duckdb

    sql = f"SELECT {', '.join(search.COLUMNS)} FROM read_parquet(?)" + (" WHERE day = ?" if day else "")
    return duckdb.connect().execute(sql, [str(path)] + ([day] if day else [])).to_arrow_table()


def time_queries(folder: Path, loader) -> dict[str, float]:
    """Median wall seconds of each query, the table read by `loader`."""
    results = {}
    with mock.patch.object(search, "load_segments", loader):
        for query, day, speaker in QUERIES:
            times = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                search.search_archive(folder, query, day, speaker)
                times.append(time.perf_counter() - started)
            results[f"{query!r}" + (f" --day {day}" if day else "") + (f" --speaker {speaker}" if speaker else "")] = (
                statistics.median(times)
            )
    return results


def main(folder: Path) -> str:
    rows = (
        generate(folder)
        if not (folder / "segments.parquet").is_file()
        else pyarrow.parquet.read_metadata(folder / "segments.parquet").num_rows
    )
    size = (folder / "segments.parquet").stat().st_size / 1e6
    timings = {
        "pyarrow (kept)": time_queries(folder, search.load_segments),
        "pandas": time_queries(folder, load_with_pandas),
        "DuckDB": time_queries(folder, load_with_duckdb),
    }
    load = os.getloadavg()
    lines = [
        "# Search benchmark",
        "",
        f"Generated archive: {DAYS} days x {HOURS} h, {rows:,} utterances, segments.parquet "
        f"{size:.1f} MB (`python -m pipeline.bench.search`). Median of {REPEATS} runs of "
        f"`search_archive` (read, filter, fuzzy match, snippets), in-process, {os.cpu_count()} cores, "
        f"load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} at the end.",
        "",
        "| query | " + " | ".join(timings) + " |",
        "|---|" + "---|" * len(timings),
    ]
    for query in timings["pyarrow (kept)"]:
        lines.append(f"| {query} | " + " | ".join(f"{t[query]:.3f} s" for t in timings.values()) + " |")
    wins = {
        reader: sum(min(timings, key=lambda r: timings[r][q]) == reader for q in times)
        for reader, times in timings.items()
    }
    slowest = max(max(times.values()) for times in timings.values())
    lines += [
        "",
        "Fastest per query: "
        + ", ".join(f"{reader} {count}" for reader, count in wins.items())
        + f"; slowest query of any reader {slowest:.2f} s.  The matching itself (rapidfuzz over "
        "the folded texts) is the same for all three; they differ in reading and filtering the "
        "table.  A day filter reads only that day's row groups.",
    ]
    return "\n".join(lines) + "\n"


@dataclass
class HalfScore:
    """One half of a query set, scored on a query's first SCORED_LIMIT hits."""

    said: int = 0  # queries with right utterances
    reciprocal_ranks: float = 0.0
    right_first: int = 0
    right_in_five: int = 0
    wrong_judged: int = 0  # queries with a wrong_pattern
    wrong_listed: int = 0  # queries listing a hit their wrong_pattern matches
    unsaid: int = 0  # queries no utterance answers ("right": [])
    unsaid_listing: int = 0
    false_leads: int = 0  # unsaid queries listing a hit by meaning
    right_total: int = 0  # right utterances of the queries with any
    right_listed: int = 0  # of those, listed with no limit: what a researcher reading every hit finds

    def line(self, half: str) -> str:
        said = self.said or 1
        line = (
            f"{half} ({self.said}): MRR {self.reciprocal_ranks / said:.3f}, R@1 {self.right_first / said:.3f}, "
            f"R@5 {self.right_in_five / said:.3f}, every hit: {self.right_listed} of {self.right_total} right listed"
        )
        if self.wrong_judged:
            line += f", {self.wrong_listed} of {self.wrong_judged} with a wrong hit in its five"
        if self.unsaid:
            line += (
                f"; unsaid ({self.unsaid}): {self.unsaid_listing} list a hit, "
                f"{self.false_leads} a hit by meaning (false leads)"
            )
        return line


class OnceEach(logging.Filter):
    """Lets each message through the first time only."""

    def __init__(self) -> None:
        super().__init__()
        self.said: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        first = record.getMessage() not in self.said
        self.said.add(record.getMessage())
        return first


def right_utterances(query: dict, segments: list[dict]) -> set[tuple[str, int]]:
    """The utterances judged right for `query`: listed as [day, utterance], or those whose text its
    right_pattern matches (case ignored), said by a speaker right_speaker_pattern matches (case kept),
    as the set's first scorer found them."""
    if "right" in query:
        return {(day, utterance) for day, utterance in query["right"]}
    text = re.compile(query["right_pattern"], re.IGNORECASE)
    speaker = re.compile(query.get("right_speaker_pattern", ""))
    return {
        (row["day"], row["utterance"])
        for row in segments
        if text.search(row["text"]) and speaker.search(row["speaker_name"])
    }


def score_set(query_file: Path, outputs: Path, words_only: bool = False) -> tuple[dict[str, HalfScore], list[str]]:
    """Each query of the set through search_archive as `lokakarya search --limit 5` runs it, scored
    per half; and a line a query: the rank of its first right hit."""
    try:
        queries = json.loads(query_file.read_text(encoding="utf-8"))["queries"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PipelineError(f"{query_file}: not a query set (JSON with 'queries'): {exc}") from None
    if not isinstance(queries, list) or not all(isinstance(query, dict) for query in queries):
        raise PipelineError(f"{query_file}: not a query set: its 'queries' is no list of queries (JSON objects)")
    segments = search.load_segments(outputs / "segments.parquet", None).to_pylist()
    texts = {(row["day"], row["utterance"]): row["text"] for row in segments}
    halves: dict[str, HalfScore] = {}
    lines = []
    for query in queries:
        try:
            right = right_utterances(query, segments)
            options = dict(query.get("options", {}))
            wrong = re.compile(query["wrong_pattern"], re.IGNORECASE) if "wrong_pattern" in query else None
            number, text, half = query["id"], query["query"], halves.setdefault(query["half"], HalfScore())
            if set(options) - {"day", "speaker"}:
                raise ValueError(f"options {sorted(options)}: only day and speaker")
            # the command takes only text: another value had been a traceback inside the search
            if not all(isinstance(value, str) for value in (text, *options.values())):
                raise TypeError("its query and options are texts")
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise PipelineError(f"{query_file}: query {query.get('id', '?')}: {type(exc).__name__}: {exc}") from None
        if right - texts.keys() or ("right" not in query and not right):  # the set was judged on another archive
            missing = ", ".join(f"{day}#{utterance}" for day, utterance in sorted(right - texts.keys())[:3])
            raise PipelineError(
                f"{query_file}: query {query.get('id', '?')}: not judged on {outputs}: "
                + (f"{missing} not in its segments table" if missing else "no utterance matches its right_pattern")
            )
        try:
            every = search.search_archive(outputs, text, words_only=words_only, **options)
            failed = ""
        except PipelineError as exc:  # the command's exit status 1: no hits, as the first scorers took it
            every, failed = [], f" (error: {exc})"
        hits = every[:SCORED_LIMIT]  # as --limit 5 lists them: the limit cuts the ranked list, nothing else
        found = [(hit.day, hit.utterance) for hit in hits]
        ranks = [rank for rank, utterance in enumerate(found, 1) if utterance in right]
        if right:
            half.said += 1
            half.reciprocal_ranks += 1 / ranks[0] if ranks else 0.0
            half.right_first += ranks[:1] == [1]
            half.right_in_five += bool(ranks)
            half.wrong_judged += bool(wrong)
            half.wrong_listed += bool(wrong) and any(wrong.search(texts[u]) for u in found if u not in right)
            listed = right & {(hit.day, hit.utterance) for hit in every}
            half.right_total += len(right)
            half.right_listed += len(listed)
            shown = f"first right hit {ranks[0] if ranks else '-'}, {len(listed)} of {len(right)} right in {len(every)}"
        else:
            half.unsaid += 1
            half.unsaid_listing += bool(hits)
            half.false_leads += any(hit.found_by == "meaning" for hit in hits)
            shown = f"unsaid, {len(hits)} hit(s)"
        given = f" {options}" if options else ""
        lines.append(f"{number!s:>3} {query['half']}: {shown}: {text!r}{given}{failed}")
    return halves, lines


if __name__ == "__main__":
    # The docstring's whole first paragraph: its first line alone stops mid-sentence ("score it on").
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench.search", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="where to build the generated archive (a scratch folder)")
    parser.add_argument("--score", type=Path, metavar="SET", help="score this query set (configs/search/*.json)")
    parser.add_argument("--outputs", type=Path, help="the archive --score searches (its segments.parquet)")
    parser.add_argument("--words-only", action="store_true", help="as the command's --words-only")
    arguments = parser.parse_args()
    if arguments.score:
        if not arguments.outputs:
            parser.error("--score needs --outputs, the archive the set was judged on")
        # Said once each: a day without vectors (words alone) changes the figures; fifty of it would bury them.
        logging.getLogger("lokakarya").addFilter(OnceEach())
        try:
            halves, lines = score_set(arguments.score, arguments.outputs, arguments.words_only)
        except PipelineError as exc:
            raise SystemExit(f"error: {exc}") from None
        print("\n".join([*(score.line(half) for half, score in halves.items()), "", *lines]))
    else:
        with tempfile.TemporaryDirectory() as scratch:
            text = main(arguments.folder or Path(scratch))
        print(text)
        # The sections after the generated table were written by hand (held-out queries): kept.
        _, marker, by_hand = REPORT.read_text(encoding="utf-8").partition("\n## ") if REPORT.is_file() else ("", "", "")
        REPORT.write_text(text + marker + by_hand if marker else text, encoding="utf-8")
