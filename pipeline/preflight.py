"""The checks before a run (validate, run): the recording, report and ground truth a day's config
names, the device and model it asks for, and its folder in outputs/.  Not a stage's inputs as its
record's provenance.inputs names them (the files it read), which artifacts.py keeps.

Apart from config.py because these read files and ask the machine; the config's own checks read
only the config.
"""

from __future__ import annotations

import contextlib
import json
from functools import cache
from pathlib import Path

import yaml

from pipeline.artifacts import DayPaths, PipelineError, public_url
from pipeline.config import ConfigError, DayConfig, load_config
from pipeline.records.files import file_sha256, link_astray, module_literal, read_record
from pipeline.text.report import read_report


def _check_device(config: DayConfig) -> None:
    """The configured device exists here and computes in the configured type (a model that
    cannot load for these reasons is not a broken model)."""
    import ctranslate2

    options = config.transcribe
    if options.device == "auto":
        return
    try:
        supported = ctranslate2.get_supported_compute_types(options.device)
    except (RuntimeError, ValueError) as exc:
        raise ConfigError(
            f"{config.named}: field 'transcribe.device': no usable {options.device} "
            f"device on this machine ({str(exc).splitlines()[0]})"
        ) from None
    if options.compute_type not in supported:
        raise ConfigError(
            f"{config.named}: field 'transcribe.compute_type': {options.compute_type} "
            f"does not run on {options.device} here (it runs {', '.join(sorted(supported))})"
        )


@cache
def whisper_languages() -> frozenset[str]:
    """The language codes Whisper transcribes (faster-whisper gives them no public name)."""
    return frozenset(module_literal("faster_whisper", "tokenizer", "_LANGUAGE_CODES"))


def check_not_another_day(config: DayConfig, paths: DayPaths) -> None:
    """Refuse a config whose id is that of a day made from another config file and another
    recording (a config copied for a new day, its id left as it was): its download would replace
    that day's audio, and the stages after it the rest of the day.  The same config given a new
    source, or the same recording (its address, or its file's sha256) under a renamed config,
    makes the day anew as before."""
    made_by = _made_by(paths)
    if made_by is None or made_by == config.config_file_name:
        return
    try:
        kept = json.loads(read_record(paths.source))
        recorded, media = str(kept["source"]), kept["media_sha256"]
    except (OSError, ValueError, KeyError, TypeError):  # no recording kept, or none that can be read
        return
    if config.source_is_url and public_url(config.source) == recorded:
        return
    if not config.source_is_url:  # a source not found is named as such, not as a clash of ids
        with config.open_local("source") as handle, contextlib.suppress(OSError):
            if file_sha256(handle) == media:  # the same file, wherever it lies
                return
    raise PipelineError(
        f"{config.named}: field 'id' is '{config.id}', the id of the day in {paths.root}, made from "
        f"{made_by} of another recording ({recorded}); give this day an id of its own, or move {paths.root} "
        "away to make it anew from this config"
    )


def check_day_folder_apart(config: DayConfig, paths: DayPaths) -> None:
    """Refuse a day's folder that holds one of the day's own files (its config, recording, report or
    truth), as `--outputs` naming the configs' folder makes `configs/<id>/`, where a day keeps its
    recording: the stages write there, and a report named transcript.txt had been written over by
    the transcript (a recording named audio.wav would be by its 16 kHz copy), and `make clean`
    empties it.  A day's folder that is a link astray is named as day_lock names it."""
    if astray := link_astray(paths.root):
        raise PipelineError(f"{paths.root}: is {astray}, not a day folder; move it away")
    root = paths.root.resolve()
    own = {"config": config.config_file} if config.config_file else {}  # a config made in code has no file
    for field, path in (own | config.local_paths()).items():
        if path.resolve().is_relative_to(root):
            raise PipelineError(
                f"{paths.root}: this day's folder holds its {field} file ({path.name}), which lokakarya would write "
                "beside and over; give --outputs a folder apart from the configs and recordings"
            )


def _made_by(paths: DayPaths) -> str | None:
    """The config file name the day's summary, else its last run's status, says made it."""
    for record, field in ((paths.summary, ("day", "config_file")), (paths.status, ("config_file",))):
        try:
            found = json.loads(read_record(record))
            for key in field:
                found = found[key]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if isinstance(found, str):
            return found
    return None


# At most this many configs beside a day's are read for `_config_of_the_truth` (the bundled
# folder holds 23): a folder of thousands is not read at every validate.
SIBLING_CONFIGS_MAX = 200


def _config_of_the_truth(config: DayConfig) -> Path | None:
    """The config beside this one that names the same ground-truth file for another recording (a
    local file of another size) that lies beside the truth, where this one's does not: a config
    copied from the demo's keeps its `truth:`, which scores the new day against the demo's words
    and voices.  Read only where cheap and sure: the configs of the same folder, their `source` and
    `truth` as plain YAML, files compared by size; the recording beside the truth tells whose it is."""
    if config.truth_path is None or config.source_is_url or config.source_path.parent == config.truth_path.parent:
        return None
    size = config.source_path.stat().st_size
    siblings = sorted({*config.base_dir.glob("*.yaml"), *config.base_dir.glob("*.yml")})[:SIBLING_CONFIGS_MAX]
    for sibling in siblings:
        if sibling.resolve() == config.config_path.resolve():
            continue
        try:
            fields = yaml.safe_load(sibling.read_text(encoding="utf-8"))
            truth, source = (
                (config.base_dir / fields["truth"]).resolve(),
                (config.base_dir / fields["source"]).resolve(),
            )
            other_size = source.stat().st_size
        except (OSError, ValueError, yaml.YAMLError, KeyError, TypeError):
            continue  # not a config, or one whose files are not there: nothing sure to say
        if truth == config.truth_path and source.parent == truth.parent and other_size != size:
            return sibling
    return None


def check_inputs(config: DayConfig) -> str:
    """Check that the files a config names are there and usable, without running a model: the
    media opens and has the configured track, the report has points to compare.  Returns what
    the media says of itself, for `validate` to show.  The ground truth, when named, is read
    whole: a broken one would otherwise pass here and fail only at evaluate."""
    from pipeline.media.probe import incomplete_error, probe_media
    from pipeline.system.models import check_whisper_model
    from pipeline.text.points import split_points, too_many_points

    if config.language not in whisper_languages():
        raise ConfigError(
            f"{config.named}: field 'language': '{config.language}' is not a language "
            f"Whisper transcribes (e.g. id, en, ms, jw, su)"
        )
    unknown = sorted(set(config.transcribe.switch_languages) - whisper_languages())
    if unknown:
        raise ConfigError(
            f"{config.named}: field 'transcribe.switch_languages': '{unknown[0]}' is not a language "
            f"Whisper transcribes (e.g. en, ar, zh)"
        )
    _check_device(config)
    check_whisper_model(config.transcribe.model, f"{config.named}: field 'transcribe.model'")
    media, declared = "a URL, checked when downloaded", None
    if not config.source_is_url:
        with config.open_local("source") as handle:
            probe = probe_media(handle, config.source_path, config.source_track, config.source_channel)
        declared = probe.declared_seconds
        length = f", declares {probe.declared_seconds:.1f} s" if probe.declared_seconds else ""
        if probe.cut and not config.download.allow_incomplete:
            raise incomplete_error(str(config.source_path), probe.cut)
        if probe.cut:
            length += f", INCOMPLETE: {probe.cut}"
        media = f"{probe.tracks} audio track(s){length}"
    if config.truth_path is not None:
        from pipeline.truth import check_within_recording, load_truth

        with config.open_local("truth") as handle:
            truth = load_truth(config.truth_path, handle)
        if declared:  # the media states its length: a truth past it is of another recording
            check_within_recording(truth, declared, config)
        if other := _config_of_the_truth(config):
            raise ConfigError(
                f"{config.named}: field 'truth': {config.truth} is the ground truth of {other.name}, "
                f"whose recording is another file; leave 'truth' out (it is optional) or name this recording's own"
            )
    report = read_report(config)
    points = split_points(report) if report is not None else None
    if points == []:
        raise ConfigError(
            f"{config.report_path}: no sentences found in the report that say something to compare "
            f"(titles, numbers and greetings alone do not); field 'report' of {config.named}"
        )
    if points and (excess := too_many_points(points)):
        raise ConfigError(f"{config.report_path}: report of {excess} (field 'report' of {config.named})")
    return media


def validated(config_path: Path) -> str:
    """`lokakarya validate`: a config read and the files it names checked, running nothing; the
    line that says what was found, the media as it says of itself (check_inputs)."""
    day = load_config(config_path)
    media = check_inputs(day)
    source = day.source if day.source_is_url else str(day.source_path)
    return (
        f"ok: {config_path} (id {day.id}, {len(day.speakers)} speakers, source {source} "
        f"[{media}], report {day.report_path or 'none'})"
    )
