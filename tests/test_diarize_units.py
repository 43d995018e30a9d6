"""Clustering and turn building on synthetic embeddings: the count is found, not assumed."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.config import DiarizeOptions
from pipeline.diarize import Window, cluster, windows_to_turns


def _voices(count: int, per_voice: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(count, 192))
    labels = np.repeat(np.arange(count), per_voice)
    return centres[labels] + 0.35 * rng.normal(size=(len(labels), 192)), labels


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_eigengap_finds_the_number_of_voices(count):
    embeddings, truth = _voices(count)
    labels, estimated = cluster(embeddings, DiarizeOptions())
    assert estimated and len(set(labels)) == count
    for voice in range(count):  # every voice lands in one cluster
        assert len(set(labels[truth == voice])) == 1


def test_long_days_cluster_a_sample_and_assign_the_rest():
    embeddings, truth = _voices(3, per_voice=1500)  # 4500 windows: past MAX_SPECTRAL_WINDOWS
    labels, estimated = cluster(embeddings, DiarizeOptions())
    assert estimated and len(set(labels)) == 3
    for voice in range(3):
        assert len(set(labels[truth == voice])) == 1


def test_stated_count_is_used():
    embeddings, _ = _voices(3)
    labels, estimated = cluster(embeddings, DiarizeOptions(num_speakers=3))
    assert not estimated and len(set(labels)) == 3


def test_overlapping_windows_become_turns():
    rate = 16000
    windows = [Window(int(s * rate), int((s + 1.5) * rate)) for s in np.arange(0, 6, 0.75)]
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    turns = windows_to_turns(windows, labels)
    assert [t[0] for t in turns] == [0, 1]
    assert turns[0][1] == 0.0 and 3.0 <= turns[1][1] <= 3.8 and turns[1][2] == pytest.approx(6.75)
