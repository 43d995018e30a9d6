"""Whisper's log-mel features, computed a block of frames at a time.

faster-whisper computes the features of everything it is given in one go: the windowed frames,
their complex spectrum and the power spectrum of a whole 600 s piece exist at once, 587 MB of
numpy allocations at the peak (docs/measurements.md), which was most of the transcription's peak
memory.  Every frame's spectrum depends only on its own 400 samples, so it is taken 30 s at a
time into one power spectrum (48 MB for 600 s), and the mel product and the final clamp (which
needs the whole piece's maximum) run once over it, as faster-whisper runs them: the same numbers
to the last bit (tests/test_transcribe_units.py holds them equal), 151 MB at the peak.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import numpy as np
from faster_whisper.feature_extractor import FeatureExtractor
from threadpoolctl import ThreadpoolController

BLOCK_FRAMES = 3000  # 30 s of 10 ms frames at a time: the STFT's transient is ~25 MB
DYNAMIC_RANGE = 8.0  # Whisper's clamp: log-mel values below the maximum minus this are raised
# One piece's spectrum at a time: pieces decoded at once begin together, and each piece's
# features take 151 MB at their peak for 0.5 s of CPU.
_ONE_AT_A_TIME = threading.Lock()
# The mel product's float32 sums depend on how many threads BLAS splits them over, and the
# features on that decide words: demo-3 in 20 s pieces gave "nanti" for "nani", and other
# probabilities and times, with OMP_NUM_THREADS=1 (which a Dask worker sets, and its nanny leaks to
# the process that starts it) against OpenBLAS's default of one thread per core, two here
# (docs/measurements.md, "The counterexample explained").  A fixed count gives the same
# features whatever the environment or the machine's cores; two is what every transcript made on
# this project's two-core machines used, so they stand.
MEL_BLAS_THREADS = 2


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The process's thread pools, looked up once (the lookup walks every loaded library)."""
    return ThreadpoolController()


class BlockwiseFeatureExtractor(FeatureExtractor):
    """faster-whisper's FeatureExtractor, with the same output, in bounded memory."""

    def __call__(self, waveform: np.ndarray, padding: int = 160, chunk_length: int | None = None) -> np.ndarray:
        with _ONE_AT_A_TIME, _blas().limit(limits=MEL_BLAS_THREADS, user_api="blas"):
            return self._features(waveform, padding, chunk_length)

    def _features(self, waveform: np.ndarray, padding: int, chunk_length: int | None) -> np.ndarray:
        if chunk_length is not None:
            self.n_samples = chunk_length * self.sampling_rate
            self.nb_max_frames = self.n_samples // self.hop_length
        waveform = waveform.astype(np.float32, copy=False)
        if padding:
            waveform = np.pad(waveform, (0, padding))
        # The parent centres its frames by reflecting n_fft/2 samples at both ends and drops the
        # last frame: the same frames are taken here, block by block.
        padded = np.pad(waveform, self.n_fft // 2, mode="reflect")
        frames = (len(padded) - self.n_fft) // self.hop_length  # 1 + ..., less the dropped one
        if frames < 1:  # too short to take blocks of: the parent's own checks and errors
            return super().__call__(waveform, padding=0)
        window = np.hanning(self.n_fft + 1)[:-1].astype(np.float32)
        # The power spectrum is laid out as the parent's is (frame-major), so that the one
        # matrix product below is the parent's, rounding included.
        power = np.empty((frames, self.n_fft // 2 + 1), dtype=np.float32)
        for first in range(0, frames, BLOCK_FRAMES):
            last = min(first + BLOCK_FRAMES, frames)
            samples = padded[first * self.hop_length : (last - 1) * self.hop_length + self.n_fft]
            spectrum = self.stft(samples, self.n_fft, self.hop_length, window=window, center=False, return_complex=True)
            power[first:last] = (np.abs(spectrum.astype(np.complex64)) ** 2).T
        log_spec = self.mel_filters @ power.T
        del power
        # The parent's element-wise steps, done in place (the same values, one array fewer each).
        np.log10(np.clip(log_spec, 1e-10, None, out=log_spec), out=log_spec)
        np.maximum(log_spec, log_spec.max() - DYNAMIC_RANGE, out=log_spec)
        log_spec += 4.0
        log_spec /= 4.0
        return log_spec
