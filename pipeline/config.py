"""The day config: one YAML file per workshop day, validated before any work starts."""

from __future__ import annotations

import hashlib
import json
from datetime import date as Date
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.artifacts import PipelineError


class ConfigError(PipelineError):
    """A config that cannot be used; the message names the file and the field."""


class _Strict(BaseModel):
    # A typo'd key must fail loudly rather than be ignored.
    model_config = ConfigDict(extra="forbid")


class Speaker(_Strict):
    name: str = Field(min_length=1)
    role: str | None = None


class GlossaryTerm(_Strict):
    term: str = Field(min_length=1)
    type: Literal["PERSON", "ORG", "GPE", "TERM"] = "TERM"


class DownloadOptions(_Strict):
    """yt-dlp's network patience: enough for a flaky archive link, short enough to fail clearly."""

    retries: int = Field(10, ge=0)
    socket_timeout: float = Field(30, gt=0)


class TranscribeOptions(_Strict):
    """faster-whisper settings; the defaults are the ones measured best here (MODELS.md)."""

    model: str = "base"
    model_sha256: str | None = Field(None, pattern=r"^[0-9a-f]{64}$",
                                     description="required hash of a local model's model.bin")
    compute_type: Literal["int8", "int8_float32", "float32", "float16", "int8_float16"] = "int8"
    device: str = "cpu"
    beam_size: int = Field(5, ge=1, le=10)
    batch_size: int = Field(0, ge=0, le=64, description="0 = sequential decoding")
    cpu_threads: int = Field(2, ge=0)
    condition_on_previous_text: bool = False
    piece_seconds: float = Field(600, ge=20, description="decode and checkpoint in pieces this long")
    # Off by default: on the demo day the names as hotwords raised WER from 0.48 to 0.78, and as a
    # list-like initial prompt Whisper base copied the list over and over into the first window.
    use_hints: bool = Field(False, description="speaker names and glossary as the initial prompt")


class DiarizeOptions(_Strict):
    num_speakers: int | None = Field(None, ge=1, description="known count; estimated when empty")
    max_speakers: int = Field(8, ge=1)
    window_seconds: float = Field(1.5, gt=0.5)
    hop_seconds: float = Field(0.75, gt=0.1)
    threads: int = Field(1, ge=1, description="torch threads; one is fastest beside other work")


class TopicsOptions(_Strict):
    top_n: int = Field(15, ge=1)
    per_speaker_top_n: int = Field(8, ge=1)


class CompareOptions(_Strict):
    """When a report point counts as said: chosen on the tuning days only (docs/compare.md)."""

    said_confidence: float = Field(0.55, gt=0, lt=1, description="probability from which a point counts as said")
    covered_share: float = Field(0.3, gt=0, le=1,
                                 description="share of a said point's content words heard for 'covered' (else 'partly')")


class PageOptions(_Strict):
    """The day's page; its interface is Indonesian for an Indonesian day unless set here."""

    language: Literal["id", "en"] | None = Field(None, description="interface language of the page")


class DayConfig(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")
    title: str = Field(min_length=1)
    date: Date | None = None
    language: str = Field("id", pattern=r"^[a-z]{2,3}$")
    source: str = Field(min_length=1, description="http(s) URL or local file path")
    report: Path | None = None
    truth: Path | None = Field(None, description="ground truth (turns with text) for WER and DER")
    speakers: list[Speaker] = Field(min_length=1)
    glossary: list[GlossaryTerm] = []
    download: DownloadOptions = DownloadOptions()
    transcribe: TranscribeOptions = TranscribeOptions()
    diarize: DiarizeOptions = DiarizeOptions()
    topics: TopicsOptions = TopicsOptions()
    compare: CompareOptions = CompareOptions()
    page: PageOptions = PageOptions()

    # Set by load_config: where relative paths are resolved, and the file's own hash.
    base_dir: Path = Field(Path("."), exclude=True)
    config_path: Path = Field(Path("."), exclude=True)

    @field_validator("source")
    @classmethod
    def _http_or_path(cls, value: str) -> str:
        scheme = urlparse(value).scheme
        if scheme not in ("", "http", "https") and len(scheme) > 1:  # one letter: a Windows drive
            raise ValueError(f"only http(s) URLs or local paths are accepted, not {scheme}://")
        return value

    @property
    def source_is_url(self) -> bool:
        return urlparse(self.source).scheme in ("http", "https")

    @property
    def source_path(self) -> Path:
        return (self.base_dir / self.source).resolve()

    @property
    def report_path(self) -> Path | None:
        return (self.base_dir / self.report).resolve() if self.report else None

    @property
    def truth_path(self) -> Path | None:
        return (self.base_dir / self.truth).resolve() if self.truth else None

    def stage_fields(self, stage: str) -> dict:
        """The config values a stage reads.  Its freshness key hashes only these, so a title edit
        reruns summary and page but not the transcription.  Not keyed: download's retries and
        timeout (how patiently, not what), truth (scores read it as a file input)."""
        names = self.speaker_names()
        glossary = [term.model_dump() for term in self.glossary]
        report = str(self.report) if self.report else None
        hints = names + [term.term for term in self.glossary] if self.transcribe.use_hints else None
        day = {"id": self.id, "title": self.title, "date": self.date and self.date.isoformat(),
               "language": self.language, "source": self.source,
               "speakers": [speaker.model_dump() for speaker in self.speakers],
               "config_file": self.config_path.name, "report": report}
        fields = {
            "download": {"source": self.source},
            "transcribe": {"language": self.language, "transcribe": self.transcribe.model_dump(),
                           "hints": hints},
            "diarize": {"id": self.id, "diarize": self.diarize.model_dump(), "speakers": names},
            "topics": {"topics": self.topics.model_dump(), "speakers": names, "glossary": glossary,
                       "report": report},
            "compare": {"compare": self.compare.model_dump(), "speakers": names, "glossary": glossary,
                        "report": report},
            "evaluate": {},
            "summary": day,
            "report": {**day, "page": self.page.model_dump()},
        }
        return fields[stage]

    def stage_key(self, stage: str) -> str:
        """sha256 of the config fields `stage` reads (recorded as provenance.config_hash)."""
        canonical = json.dumps(self.stage_fields(stage), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode()).hexdigest()

    @property
    def page_language(self) -> str:
        return self.page.language or ("id" if self.language == "id" else "en")

    def speaker_names(self) -> list[str]:
        return [speaker.name for speaker in self.speakers]


def _describe(error: dict) -> str:
    field = ".".join(str(part) for part in error["loc"]) or "(top level)"
    if error["type"] == "extra_forbidden":
        return f"unknown field '{field}'"
    return f"field '{field}': {error['msg']}"


def load_config(path: Path) -> DayConfig:
    """Read and validate a day config; every problem becomes one ConfigError line."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of fields, got {type(raw).__name__}")
    try:
        config = DayConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_describe(error) for error in exc.errors())
        raise ConfigError(f"{path}: {problems}") from None
    config.base_dir = path.resolve().parent
    config.config_path = path
    for field in ("source", "report", "truth"):
        value = getattr(config, field)
        if value is None or (field == "source" and config.source_is_url):
            continue
        resolved = (config.base_dir / value).resolve()
        if not resolved.is_relative_to(config.base_dir):
            raise ConfigError(f"{path}: field '{field}': {value} is outside the config's folder "
                              f"{config.base_dir}; keep recordings and reports beside the configs")
    return config


def read_report(config: DayConfig) -> str | None:
    """The written report's text; an empty or non-UTF-8 file is an error naming it."""
    path = config.report_path
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{config.config_path}: field 'report': no such file {path}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: report is not UTF-8 text (field 'report' of {config.config_path})") from None
    if not text.strip():
        raise ConfigError(f"{path}: report file is empty (field 'report' of {config.config_path})")
    return text


def check_inputs(config: DayConfig) -> None:
    """Check that the files a config names exist and the report reads, without running anything."""
    if not config.source_is_url and not config.source_path.is_file():
        raise ConfigError(f"{config.config_path}: field 'source': no such file {config.source_path}")
    for field, path in (("report", config.report_path), ("truth", config.truth_path)):
        if path is not None and not path.is_file():
            raise ConfigError(f"{config.config_path}: field '{field}': no such file {path}")
    read_report(config)
