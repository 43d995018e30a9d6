"""Which voices are music or singing, not a speaker.

A workshop streamed from Zoom opens, often, with a song (the national anthem, a ministry's march)
or music while the audience joins, and may play music between sessions. Silero VAD lets a sung
voice through, Whisper writes its lyrics, and the diarization makes a voice of it: on a day
opening with a song, that voice took the config's first name and every real speaker's name went
one voice down (docs/speaker-counting.md, "Music and singing").

Speech pauses between syllables and words, four or five times a second; music and a voice singing
over it do not. The share of quiet frames in a second of sound (25 ms frames under half the
second's mean level, above the recording's steady noise: Scheirer and Slaney's "percentage of
low-energy frames", 1997) tells them apart: 0.20-0.46 in the median second of a voice that speaks,
real or synthetic, clean or with hiss 10 dB under it, against 0.04-0.14 in songs. A voice whose median
second is under MUSIC_QUIET_SHARE is music: it takes no name from the config, and its words stay
in the transcript but not in the topics or the comparison. The threshold was chosen on some songs
and days and checked on others (the docs); `make bench`, section "music", measures it again.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from pipeline.media.audio import SAMPLE_RATE, HeldWav, open_wav

if TYPE_CHECKING:
    from pipeline.diarize import Turn

FRAME_SAMPLES = 400  # 25 ms
HOP_SAMPLES = 160  # 10 ms
WINDOW_FRAMES = 100  # a second of sound, judged whole
WINDOW_HOP_FRAMES = 50
QUIET_LEVEL = 0.5  # a frame under half its second's mean level is quiet
MUSIC_QUIET_SHARE = 0.16  # a voice whose median second has fewer quiet frames is music (chosen: the docs)
# seconds (half overlapping, so 3 s of sound) a voice needs inside its turns to be judged at all: a
# sung jingle of 5 s opening the stream took the moderator's name while 10 were needed (an audit)
MIN_WINDOWS = 5
SILENT_LEVEL = 1e-4  # a second this faint (RMS, full scale 1) is silence, not music
# A steady noise under the whole recording (hiss, a fan) fills speech's pauses as music does: 10 dB
# under the speech it took real speakers for music (an audit). The level above it is read instead:
# every frame less the power of the quietest 5 % of the frames inside the turns. (A floor taken
# turn by turn, for one speaker's poor microphone, raised a song cut into short turns to 0.21.)
FLOOR_PERCENTILE = 5


def frame_levels(audio: Path | HeldWav) -> np.ndarray:
    """The RMS level of every 25 ms frame of audio.wav, 10 ms apart, read a minute at a time (a
    two-hour day is 720,000 frames, 3 MB)."""
    levels = []
    frames_per_block = 6000
    with open_wav(audio) as source:
        for block in source.blocks(
            blocksize=frames_per_block * HOP_SAMPLES + FRAME_SAMPLES - HOP_SAMPLES,
            overlap=FRAME_SAMPLES - HOP_SAMPLES,
            dtype="float32",
            always_2d=True,
        ):
            samples = block.mean(axis=1)
            count = 1 + (len(samples) - FRAME_SAMPLES) // HOP_SAMPLES
            if count <= 0:
                continue
            count = min(count, frames_per_block)
            frames = np.lib.stride_tricks.sliding_window_view(samples, FRAME_SAMPLES)[::HOP_SAMPLES][:count]
            levels.append(np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1)))
    return np.concatenate(levels) if levels else np.zeros(0)


def above_floor(levels: np.ndarray, turns: list[Turn]) -> np.ndarray:
    """Every frame's level above the steady noise of the recording's turns (FLOOR_PERCENTILE)."""
    power = np.square(levels, dtype=np.float64)
    inside = [power[int(t.start * SAMPLE_RATE / HOP_SAMPLES) : int(t.end * SAMPLE_RATE / HOP_SAMPLES)] for t in turns]
    heard = np.concatenate(inside) if inside else power[:0]
    return np.sqrt(np.maximum(power - np.percentile(heard, FLOOR_PERCENTILE), 0)) if len(heard) else levels


def quiet_shares(levels: np.ndarray, start: float, end: float) -> list[float]:
    """The share of quiet frames in each second (half overlapping) that lies wholly between start
    and end, silent seconds left out."""
    first = int(np.ceil(start * SAMPLE_RATE / HOP_SAMPLES))
    last = min(int(end * SAMPLE_RATE / HOP_SAMPLES) - (FRAME_SAMPLES // HOP_SAMPLES), len(levels))
    shares = []
    for at in range(first, last - WINDOW_FRAMES + 1, WINDOW_HOP_FRAMES):
        window = levels[at : at + WINDOW_FRAMES]
        mean = window.mean()
        if mean > SILENT_LEVEL:
            shares.append(float(np.mean(window < QUIET_LEVEL * mean)))
    return shares


def voice_quiet_shares(levels: np.ndarray, turns: list[Turn]) -> dict[str, float]:
    """Each voice's median share of quiet frames, above the recording's steady noise, over the
    seconds inside its turns, for the voices with MIN_WINDOWS seconds or more."""
    return median_shares(above_floor(levels, turns), turns)


def median_shares(heard: np.ndarray, turns: list[Turn]) -> dict[str, float]:
    """voice_quiet_shares of levels already above the noise (above_floor)."""
    shares: dict[str, list[float]] = defaultdict(list)
    for turn in turns:
        shares[turn.speaker] += quiet_shares(heard, turn.start, turn.end)
    return {voice: float(np.median(values)) for voice, values in shares.items() if len(values) >= MIN_WINDOWS}


def music_voices(heard: np.ndarray, turns: list[Turn]) -> frozenset[str]:
    """The voices that are music or singing, from levels above the noise (above_floor): too few
    quiet frames in their median second."""
    judged = median_shares(heard, turns)
    return frozenset(voice for voice, share in judged.items() if share < MUSIC_QUIET_SHARE)


def sounds_like_music(heard: np.ndarray, turn: Turn) -> bool:
    """Whether one turn's median second (levels above the noise: above_floor) is music's; a turn
    shorter than a second is not judged."""
    shares = quiet_shares(heard, turn.start, turn.end)
    return bool(shares) and float(np.median(shares)) < MUSIC_QUIET_SHARE
