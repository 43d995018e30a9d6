"""`lokakarya doctor`: what this machine has for the pipeline, one line each, for bug reports."""

from __future__ import annotations

import os
import platform
import shutil
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline import __version__
from pipeline.records.files import PipelineError, package_folder
from pipeline.system.stops import raise_stop_within

MIN_FREE_BYTES = 2 * 1024**3  # a 2-hour day needs about 0.3 GB of audio plus its artifacts
NETWORK_PROBE = ("www.youtube.com", 443)
NETWORK_TIMEOUT_SECONDS = 3


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    required: bool = True

    def line(self) -> str:
        mark = "ok  " if self.ok else ("FAIL" if self.required else "warn")
        return f"{mark} {self.name}: {self.detail}"


def _python() -> str:
    return f"{platform.python_version()} ({platform.machine()}, {platform.system()}), lokakarya {__version__}"


def _decoder() -> str:
    import av

    ffmpeg = shutil.which("ffmpeg")
    libraries = av.library_versions.get("libavcodec", ())
    return (
        f"PyAV {av.__version__} (libavcodec {'.'.join(map(str, libraries))}); "
        f"ffmpeg binary {'at ' + ffmpeg if ffmpeg else 'not found (not needed)'}"
    )


def _whisper() -> str:
    from pipeline.system.models import resolve_whisper

    resolved = resolve_whisper("base")
    if resolved.source == "hub":
        raise PipelineError("the Whisper base packages are not installed; only the hub is left")
    return f"base from {resolved.source} at {resolved.location}, sha256 {resolved.sha256[:12]}… verified"


def _campplus() -> str:
    from pipeline.system.models import campplus_files

    return f"CAM++ weights at {campplus_files()[0]}, sha256 verified"


def _encoder() -> str:
    from pipeline.system.models import ENCODER_NAME, encoder_files

    weights, engine = encoder_files()
    return f"{ENCODER_NAME} at {weights}, weights and engine ({engine.name}) sha256 verified"


def _spacy() -> str:
    """spaCy and its Indonesian language data, found without importing spaCy: that import loads
    torch, seconds that a check run before a bug report need not wait for."""
    from importlib import metadata

    package = package_folder("spacy")
    if package is None:
        raise PipelineError("spaCy is not installed")
    language = package / "lang" / "id"
    if not (language / "stop_words.py").is_file():
        raise PipelineError(f"{language}: spaCy's Indonesian language data is missing")
    return f"spaCy {metadata.version('spacy')} with its Indonesian ('id') language data"


def _disk(outputs: Path) -> Callable[[], str]:
    def check() -> str:
        try:
            folder = outputs.absolute()
        except FileNotFoundError:
            raise PipelineError("the current folder no longer exists; pass --outputs with a full path") from None
        while not folder.exists():  # the disk the outputs folder will be made on
            folder = folder.parent
        free = shutil.disk_usage(folder).free
        # as root too on a read-only file system (EROFS); a folder that may be written but not
        # searched (mode 0o300) takes no file either
        if not os.access(folder, os.W_OK | os.X_OK):
            raise PipelineError(
                f"{folder.resolve()}: cannot be written (a read-only disk, or a folder this user may not "
                "write or enter); lokakarya writes every day's files there"
            )
        if free < MIN_FREE_BYTES:
            raise PipelineError(f"{free / 1024**3:.1f} GB free at {folder.resolve()}, want 2 GB")
        return f"{free / 1024**3:.1f} GB free at {folder.resolve()}"

    return check


def _network() -> str:
    try:
        with socket.create_connection(NETWORK_PROBE, timeout=NETWORK_TIMEOUT_SECONDS):
            return f"{NETWORK_PROBE[0]} reachable: URLs can be downloaded"
    except OSError as exc:
        raise PipelineError(
            f"{NETWORK_PROBE[0]} unreachable ({exc.__class__.__name__}): local recordings only"
        ) from None


def run_checks(outputs: Path, network: bool) -> list[Check]:
    probes: list[tuple[str, Callable[[], str], bool]] = [
        ("python", _python, True),
        ("decoder", _decoder, True),
        ("whisper model", _whisper, True),
        ("speaker model", _campplus, True),
        ("sentence encoder", _encoder, True),
        ("nlp", _spacy, True),
        ("disk", _disk(outputs), True),
    ]
    if network:
        probes.append(("network", _network, False))
    results = []
    for name, probe, required in probes:
        try:
            results.append(Check(name, True, probe(), required))
        except (PipelineError, ImportError, OSError) as exc:
            raise_stop_within(exc)  # a Ctrl-C while a check imports a library is no failed check
            results.append(Check(name, False, str(exc), required))
    return results


def any_required_failed(checks: list[Check]) -> bool:
    """Whether the machine cannot run the pipeline: a required check failed (a warning, the
    network's, leaves local recordings to run)."""
    return any(check.required and not check.ok for check in checks)
