"""`make bench`, section "music": the music judgement (music.py) on real songs and instrumental
music, on real speech with and without music under it, on the voices of the labelled days, and on
labelled days with songs put in (docs/speaker-counting.md, "Music and singing").

No song ships with the project, so the music is Debian's (fetched with apt-get download, as the
speaker-counting section fetches its real voices): game music of drascula-music, five of whose
tracks are songs, a voice singing over instruments, and hyperrogue-music. The songs are split as
the days are: two chose MUSIC_QUIET_SHARE, three score it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile
import yaml

from pipeline.artifacts import DayPaths, read_artifact
from pipeline.config import load_config
from pipeline.diarize import Diarization, Turn
from pipeline.evaluate import as_config_speakers
from pipeline.media.audio import SAMPLE_RATE
from pipeline.truth import load_truth
from pipeline.voices.music import MUSIC_QUIET_SHARE, frame_levels, voice_quiet_shares
from pipeline.voices.naming import name_voices

REPO = Path(__file__).resolve().parents[2]

PACKAGES = ("drascula-music", "hyperrogue-music")
SONGS = {"tuning": ("track2", "track29"), "scored": ("track1", "track30", "track31")}  # drascula's sung tracks
BEDS = ("hr-savino-ocean", "track3", "hr3-caves")  # instrumental music put under real speech
UNDER_DB = (20, 12, 6)  # how much softer than the speech the music under it is
HISS_DB = 10  # steady noise under the labelled days' speech
MUSIC_DB = -6.0  # a song put into a day: its level against the day's speech


@dataclass(frozen=True)
class Insert:
    track: str
    seconds: float
    from_s: float = 5.0


@dataclass(frozen=True)
class SongDay:
    """A labelled day with music put in: before its talk, after its first voice's first turn, at
    the turn nearest its middle, and music under the first seconds of its talk."""

    name: str
    day: str
    intro: Insert | None = None
    after_first: Insert | None = None
    middle: Insert | None = None
    under: tuple[str, float, float] | None = None  # track, seconds, dB softer than the speech


SONG_DAYS = (  # tuning days with the tuning songs, scored days with the scored songs
    SongDay("tune-1", "para-1", intro=Insert("track2", 60), middle=Insert("hr3-jungle", 25)),
    SongDay("tune-2", "para-5", after_first=Insert("track29", 32, 0), under=("hr-savino-ocean", 40, 12)),
    SongDay("tune-3", "para-11", intro=Insert("hr3-caves", 45), middle=Insert("track2", 40, 100)),
    SongDay("score-1", "para-3", intro=Insert("track1", 60)),
    SongDay("score-2", "para-9", after_first=Insert("track30", 60, 15)),
    SongDay("score-3", "para-13", intro=Insert("track31", 41), under=("hr-domina-hunting", 40, 12)),
    SongDay("score-4", "para-16", intro=Insert("track3", 40), middle=Insert("track1", 60, 100)),
)


def fetch_music(cache: Path) -> dict[str, Path]:
    """Every track of the music packages by name (apt-get download, unpacked), or none."""
    folder = cache / "music"
    if not folder.is_dir():
        for package in PACKAGES:
            subprocess.run(["apt-get", "download", package], cwd=cache, capture_output=True, timeout=600)
            for deb in cache.glob(f"{package}_*.deb"):
                subprocess.run(["dpkg", "-x", str(deb), str(folder)], capture_output=True, timeout=600)
    # drascula's tracks are in audio/ (its language folders link to them), hyperrogue's in music/
    return {path.stem: path for path in sorted(folder.rglob("*.ogg")) if path.parent.name in ("audio", "music")}


def read_mono(path: Path, seconds: float | None = None, from_s: float = 0.0) -> np.ndarray:
    from scipy.signal import resample_poly

    sound, rate = soundfile.read(path, dtype="float32", always_2d=True)
    sound = sound.mean(axis=1)
    if rate != SAMPLE_RATE:
        sound = resample_poly(sound, SAMPLE_RATE, rate).astype("float32")
    sound = sound[int(from_s * SAMPLE_RATE) :]
    return sound[: int(seconds * SAMPLE_RATE)] if seconds else sound


def _rms(sound: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(sound, dtype=np.float64)))) + 1e-12


def _scaled(sound: np.ndarray, to: float, db: float) -> np.ndarray:
    return (sound * (to * 10 ** (db / 20) / _rms(sound))).astype("float32")


def write_wav(path: Path, sound: np.ndarray) -> None:
    """16-bit audio as download writes audio.wav, turned down where a sum of sounds would clip."""
    soundfile.write(path, sound / max(1.0, float(np.abs(sound).max()) / 0.95), SAMPLE_RATE)


def median_share(sound: np.ndarray, folder: Path) -> float:
    """The median second's share of quiet frames, as the diarize stage reads a voice of one turn
    from audio.wav."""
    path = folder / "clip.wav"
    write_wav(path, sound)
    return voice_quiet_shares(frame_levels(path), [Turn(speaker="clip", start=0, end=len(sound) / SAMPLE_RATE)])["clip"]


def clips(tracks: dict[str, Path], speech: dict[str, np.ndarray], folder: Path) -> dict:
    """Songs, instrumental tracks, and real speech alone and with music under it."""
    sung = {name for names in SONGS.values() for name in names}
    instrumental = [median_share(read_mono(path), folder) for name, path in tracks.items() if name not in sung]
    result: dict = {
        "songs": {
            split: {name: round(median_share(read_mono(tracks[name]), folder), 3) for name in names}
            for split, names in SONGS.items()
        },
        "instrumental": {
            "tracks": len(instrumental),
            "median": round(float(np.median(instrumental)), 3),
            "under_threshold": round(float(np.mean(np.array(instrumental) < MUSIC_QUIET_SHARE)), 3),
        },
        "speech": {},
    }
    for name, sound in speech.items():
        row = {"alone": round(median_share(sound, folder), 3)}
        for db in UNDER_DB:
            shares = [
                median_share(sound + _scaled(np.resize(read_mono(tracks[bed]), len(sound)), _rms(sound), -db), folder)
                for bed in BEDS
            ]
            row[f"{db} dB under"] = [round(min(shares), 3), round(max(shares), 3)]
        result["speech"][name] = row
    return result


def hiss(kind: str, length: int, seed: int = 0) -> np.ndarray:
    """Steady noise: white, or pink (falling 3 dB an octave, as a room's hum and a fan's)."""
    noise = np.random.default_rng(seed).standard_normal(length)
    if kind == "pink":
        spectrum = np.fft.rfft(noise)
        spectrum[1:] /= np.sqrt(np.arange(1, len(spectrum)))
        noise = np.fft.irfft(spectrum, length)
    return noise.astype("float32")


def labelled_voices(outputs: Path, days: dict[str, tuple[str, ...]], folder: Path) -> dict:
    """The voices of the labelled days as their run left them, and with white or pink hiss
    HISS_DB under the speech: the lowest median second per split, and how many were taken for music."""
    result: dict = {}
    for split, names in days.items():
        shares: dict[str, list[float]] = {"as recorded": [], "white hiss": [], "pink hiss": []}
        for name in names:
            paths = DayPaths.for_day(outputs, name)
            turns = read_artifact(paths.speakers, Diarization, "diarize").turns
            shares["as recorded"] += voice_quiet_shares(frame_levels(paths.audio), turns).values()
            speech = read_mono(paths.audio)
            for kind in ("white", "pink"):
                write_wav(folder / "hissed.wav", speech + _scaled(hiss(kind, len(speech)), _rms(speech), -HISS_DB))
                shares[f"{kind} hiss"] += voice_quiet_shares(frame_levels(folder / "hissed.wav"), turns).values()
        result[split] = {
            condition: {
                "voices": len(values),
                "lowest": round(min(values), 3),
                "music": sum(share < MUSIC_QUIET_SHARE for share in values),
            }
            for condition, values in shares.items()
        }
    return result


def build(
    day: SongDay, tracks: dict[str, Path], outputs: Path, folder: Path
) -> list[tuple[float, float, float | None]]:
    """The labelled day's recording with its music put in, and its config, in folder; returns the
    new recording's spans: (start, end, where the span starts in the labelled day, None for music
    and the pauses around it)."""
    paths = DayPaths.for_day(outputs, day.day)
    speech = read_mono(paths.audio)
    turns = read_artifact(paths.speakers, Diarization, "diarize").turns
    level = _rms(speech)
    if day.under:
        track, seconds, db = day.under
        start = int(turns[0].start * SAMPLE_RATE)
        part = speech[start : start + int(seconds * SAMPLE_RATE)]
        speech[start : start + len(part)] += _scaled(read_mono(tracks[track], seconds)[: len(part)], _rms(part), -db)
    cuts = []
    if day.after_first:
        cuts.append((next(t.start for t in turns if t.speaker != turns[0].speaker) - 0.3, day.after_first))
    if day.middle:
        middle = len(speech) / SAMPLE_RATE / 2
        cuts.append((min((t.start for t in turns), key=lambda start: abs(start - middle)) - 0.3, day.middle))
    pause = np.zeros(SAMPLE_RATE // 4, "float32")
    pieces: list[tuple[np.ndarray, float | None]] = []
    if day.intro:
        pieces += [(_song(tracks, day.intro, level), None), (pause, None)]
    done = 0
    for at, insert in sorted(cuts, key=lambda cut: cut[0]):
        cut = int(at * SAMPLE_RATE)
        pieces += [
            (speech[done:cut], done / SAMPLE_RATE),
            (pause, None),
            (_song(tracks, insert, level), None),
            (pause, None),
        ]
        done = cut
    pieces.append((speech[done:], done / SAMPLE_RATE))
    recording = np.concatenate([sound for sound, _ in pieces])
    write_wav(folder / f"{day.name}.wav", recording)
    config = yaml.safe_load((REPO / "configs" / f"{day.day}.yaml").read_text(encoding="utf-8"))
    config.update(id=day.name, source=f"{day.name}.wav", report=f"reports/{Path(config['report']).name}")
    config.pop("truth", None)
    (folder / f"{day.name}.yaml").write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    spans, at = [], 0.0
    for sound, was in pieces:
        spans.append((at, at + len(sound) / SAMPLE_RATE, was))
        at += len(sound) / SAMPLE_RATE
    return spans


def _song(tracks: dict[str, Path], insert: Insert, level: float) -> np.ndarray:
    return _scaled(read_mono(tracks[insert.track], insert.seconds, insert.from_s), level, MUSIC_DB)


def true_names(day: SongDay, spans: list[tuple[float, float, float | None]]):
    """The true name at a time of the new recording: "music" in the music and the pauses around
    it, else the labelled day's true speaker there (as the config names them)."""
    config = load_config(REPO / "configs" / f"{day.day}.yaml")
    turns = as_config_speakers(load_truth(config.truth_path), config).turns

    def name_at(time: float) -> str | None:
        span = next(((start, was) for start, end, was in spans if start <= time < end), None)
        if span is None or span[1] is None:
            return "music"
        was = span[1] + time - span[0]
        return next((turn.speaker for turn in turns if turn.start <= was <= turn.end), None)

    return name_at


def named_right(diarization: Diarization, names: dict[str, str], name_at) -> float:
    """The share of the talk's words (music's left out) whose voice carries their true name."""
    said = [(word, name_at((word.start + word.end) / 2)) for word in diarization.words]
    said = [(word, true) for word, true in said if true not in (None, "music")]
    return sum(names[word.speaker] == true for word, true in said) / max(len(said), 1)


def song_voices(diarization: Diarization, name_at) -> list[str]:
    """The voices most of whose time is music."""
    voices = []
    for speaker in diarization.speakers:
        times = [
            t
            for turn in diarization.turns
            if turn.speaker == speaker.label
            for t in np.arange(turn.start, turn.end, 0.1)
        ]
        if times and np.mean([name_at(t) == "music" for t in times]) > 0.5:
            voices.append(speaker.label)
    return voices


def song_days(outputs: Path, out: Path, tracks: dict[str, Path]) -> list[dict]:
    """SONG_DAYS run whole (batch), their words named right now and as the config's order of first
    appearance named them before music was told apart (name_voices over every voice)."""
    folder = out / "music"
    (folder / "reports").mkdir(parents=True, exist_ok=True)
    for report in (REPO / "configs" / "reports").glob("*.txt"):
        shutil.copy(report, folder / "reports" / report.name)
    spans = {day.name: build(day, tracks, outputs, folder) for day in SONG_DAYS}
    runs = folder / "runs"
    configs = [str(folder / f"{day.name}.yaml") for day in SONG_DAYS]
    # from diarize on always, the transcripts of an earlier bench reused: the judgement is this code's
    batch = [sys.executable, "-m", "pipeline", "--outputs", str(runs), "batch", *configs, "--force", "diarize"]
    subprocess.run(batch, capture_output=True)
    rows = []
    for day in SONG_DAYS:
        config = load_config(folder / f"{day.name}.yaml")
        paths = DayPaths.for_day(runs, day.name)
        if not paths.speakers.is_file():  # the day failed: its status says where and why
            rows.append({"day": day.name, "from": day.day, "failed": json.loads(paths.status.read_text())["reason"]})
            continue
        diarization = read_artifact(paths.speakers, Diarization, "diarize")
        name_at = true_names(day, spans[day.name])
        voices = [speaker.label for speaker in diarization.speakers]  # in order of first appearance
        before = name_voices(voices, config.speakers, diarization.utterances, config.language)
        songs = song_voices(diarization, name_at)
        music = {s.label for s in diarization.speakers if s.named_by == "music"}
        rows.append(
            {
                "day": day.name,
                "from": day.day,
                "before": round(named_right(diarization, {v: n.name for v, n in before.items()}, name_at), 3),
                "now": round(named_right(diarization, diarization.names(), name_at), 3),
                "song_voices": len(songs),
                "song_voices_named_music": len(music & set(songs)),
                "speech_voices_named_music": len(music - set(songs)),
            }
        )
    return rows


def music(outputs: Path, out: Path, cache: Path, days: dict[str, tuple[str, ...]]) -> dict:
    """The section: clips, the labelled days' voices, and the days with songs put in (these need
    the labelled days' runs in outputs, and the music packages)."""
    from pipeline.bench.real_voices import fetch_one_voice_prompts, fetch_real_call, joined_prompts

    folder = out / "music"
    folder.mkdir(parents=True, exist_ok=True)
    result: dict = {"threshold": MUSIC_QUIET_SHARE, "labelled_voices": labelled_voices(outputs, days, folder)}
    tracks = fetch_music(cache)
    if not all(name in tracks for names in SONGS.values() for name in names):
        return result | {"skipped": f"the packages {', '.join(PACKAGES)} could not be fetched"}
    speech = {}
    call = fetch_real_call(cache)
    if call is not None:
        speech["real call"] = read_mono(call / "sample.wav")
    prompts = fetch_one_voice_prompts(cache)
    if prompts:
        speech["real read speech"] = joined_prompts(prompts[:: len(prompts) // 30])
    return result | {"clips": clips(tracks, speech, folder), "song_days": song_days(outputs, out, tracks)}


def markdown(result: dict) -> list[str]:
    lines = [
        f"## Music and singing (a voice is music under {result['threshold']} quiet frames in its median second)",
        "",
        "| labelled days | voices | lowest median second | taken for music |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {split}, {condition} | {v['voices']} | {v['lowest']} | {v['music']} |"
        for split, conditions in result["labelled_voices"].items()
        for condition, v in conditions.items()
    ]
    if "skipped" in result:
        return lines + ["", f"Songs: skipped ({result['skipped']})."]
    clips = result["clips"]
    lines += ["", "| clip | median second |", "|---|---|"]
    for split, songs in clips["songs"].items():
        lines += [f"| song ({split}) {name} | {share} |" for name, share in songs.items()]
    ins = clips["instrumental"]
    lines.append(
        f"| {ins['tracks']} instrumental tracks | {ins['median']} (median; {ins['under_threshold']:.0%} under) |"
    )
    for name, row in clips["speech"].items():
        lines.append(f"| {name}, alone | {row['alone']} |")
        lines += [
            f"| {name}, music {key} | {low}{'' if low == high else f'-{high}'} (of {len(BEDS)} tracks) |"
            for key, (low, high) in ((k, v) for k, v in row.items() if k != "alone")
        ]
    lines += [
        "",
        "| day (from) | words named right, before -> now | song voices named Music | speech voices named Music |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {r['day']} ({r['from']}) | failed: {r['failed']} | | |"
        if "failed" in r
        else f"| {r['day']} ({r['from']}) | {r['before']} -> {r['now']} | {r['song_voices_named_music']} of "
        f"{r['song_voices']} | {r['speech_voices_named_music']} |"
        for r in result["song_days"]
    ]
    return lines
