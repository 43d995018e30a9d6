"""Measure `lokakarya search` on a generated archive: 100 days x 2 hours of utterances.

python -m pipeline.search_bench [FOLDER] builds FOLDER/segments.parquet (words drawn from the
day-10 report; ~1,100 utterances of ~6.5 s per day, like Whisper base's segments here), times the
same queries with the table read by pyarrow, by pandas and by DuckDB, and writes
docs/search-benchmark.md.  search.py keeps the faster reader.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

import pandas
import pyarrow
import pyarrow.parquet

from pipeline import search
from pipeline.index import table, write_table
from pipeline.language import fold

REPO = Path(__file__).resolve().parents[1]
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
        f"{size:.1f} MB (`python -m pipeline.search_bench`). Median of {REPEATS} runs of "
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


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        text = main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(scratch))
    print(text)
    # The sections after the generated table were written by hand (held-out queries): kept.
    _, marker, by_hand = REPORT.read_text(encoding="utf-8").partition("\n## ") if REPORT.is_file() else ("", "", "")
    REPORT.write_text(text + marker + by_hand if marker else text, encoding="utf-8")
