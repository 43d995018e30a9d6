"""Every JSON artifact has a strict, published JSON Schema (Draft 2020-12) that its files meet."""

from __future__ import annotations

import json

import jsonschema
import pytest

from fakes import make_day
from pipeline.artifacts import PipelineError, read_artifact
from pipeline.records.schemas import ARTIFACTS, json_schema, schema_path, schema_text
from pipeline.summary import Summary

VALIDATOR = jsonschema.Draft202012Validator


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    folder = tmp_path_factory.mktemp("schemas")
    _, paths = make_day(folder / "configs", folder / "outputs")
    return paths


def _artifact_file(paths, name: str):
    return {"speakers": paths.speakers, "page": paths.page_record}.get(name, paths.root / f"{name}.json")


@pytest.mark.parametrize("name", ARTIFACTS)
def test_committed_schema_is_current(name):
    assert schema_path(name).read_text() == schema_text(name), "regenerate: python -m pipeline.records.schemas"
    VALIDATOR.check_schema(json_schema(name))


def _nodes(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def _objects(node):
    return (n for n in _nodes(node) if n.get("type") == "object" or "properties" in n)


@pytest.mark.parametrize("name", ARTIFACTS)
def test_every_object_forbids_unknown_keys(name):
    for node in _objects(json_schema(name)):
        closed = node.get("additionalProperties") is False
        keyed_map = isinstance(node.get("additionalProperties"), dict) and "propertyNames" in node
        assert closed or keyed_map, f"{name}: open object {node.get('title')}"


@pytest.mark.parametrize("name", ARTIFACTS)
def test_every_number_has_bounds(name):
    """A count of 10**30 edited into an artifact passed its schema and overflowed the archive
    tables' 64-bit columns, a WER of 1e308 reached index.csv: every number states both bounds."""
    for node in _nodes(json_schema(name)):
        if node.get("type") in ("integer", "number"):
            low = "minimum" in node or "exclusiveMinimum" in node
            high = "maximum" in node or "exclusiveMaximum" in node
            assert low and high, f"{name}: unbounded number {node}"


def test_every_field_of_the_summary_says_what_it_means():
    """summary.json is the day's record for researchers, but 89 of its 101 fields had no
    description: whether `points` counts narration, what `talk_share` is a share of, whether
    `attributed_to` is who says a point, in what unit and from where a time counts."""
    schema = json_schema("summary")
    objects = {**schema["$defs"], "Summary": schema}
    undescribed = [
        f"{name}.{field}"
        for name, node in objects.items()
        for field, spec in node.get("properties", {}).items()
        if not spec.get("description")
    ]
    assert undescribed == []


def test_a_summary_field_that_another_contradicts_says_where_the_other_stands():
    """What an archivist found (fifty-seventh round): demo-3's summary.json listed "Kementerian
    Luar Negeri" among report_entities_missing while its topics.entities gave it found at 0.79 s
    (12 of the 165 names so listed on the 22 bundled days): the first counts a name where a said
    point naming it is, the second anywhere.  Each field of the pair says where the other stands."""
    comparison = json_schema("summary")["$defs"]["ComparisonSummary"]["properties"]
    assert "topics.entities" in comparison["report_entities_missing"]["description"]
    assert "topics.json's numbers" in comparison["report_numbers_not_heard"]["description"]


@pytest.mark.parametrize("name", [n for n in ARTIFACTS if n not in ("scores",)])
def test_artifacts_validate_and_mutations_fail(day, name):
    document = json.loads(_artifact_file(day, name).read_text())
    schema = json_schema(name)
    VALIDATOR(schema).validate(document)
    for mutated in (
        dict(document, surprise=1),
        dict(document, schema_version="99.banana"),
        dict(document, schema_version="2.0.0" if document["schema_version"][0] != "2" else "3.0.0"),
        dict(document, provenance={**document["provenance"], "extra": True})
        if "provenance" in document
        else dict(document, id=None),
    ):
        assert not VALIDATOR(schema).is_valid(mutated)


def test_ranges_and_hashes_are_checked(day):
    summary = json.loads(day.summary.read_text())
    validator = VALIDATOR(json_schema("summary"))
    summary["speakers"][0]["talk_share"] = -3
    assert not validator.is_valid(summary)
    summary = json.loads(day.summary.read_text())
    summary["source"]["audio_sha256"] = "not-a-hash"
    assert not validator.is_valid(summary)
    summary = json.loads(day.summary.read_text())
    summary["transcript"]["words"] = -1
    assert not validator.is_valid(summary)


def _read_as(day, tmp_path, change) -> str:
    """The line read_artifact refuses today's comparison.json with once `change` is made to it
    (the empty string where it reads it)."""
    from pipeline.compare import Comparison

    record = json.loads(_artifact_file(day, "comparison").read_text())
    change(record)
    path = tmp_path / "comparison.json"
    path.write_text(json.dumps(record))
    try:
        read_artifact(path, Comparison, "compare")
    except PipelineError as error:
        assert "\n" not in str(error)
        return str(error).removeprefix(f"{path}: ")
    return ""


def _versioned(version: str):
    return lambda record: record.update(schema_version=version)


def _current():
    from pipeline.compare import Comparison

    return Comparison.model_fields["schema_version"].default


def _bumped(major: int = 0, minor: int = 0) -> str:
    ours = [int(part) for part in _current().split(".")]
    return f"{ours[0] + major}.{max(ours[1] + minor, 0)}.0"


@pytest.mark.parametrize("version", ["older minor", "newer minor", "newer patch"])
def test_a_record_of_this_major_is_read_whichever_lokakarya_wrote_it(day, tmp_path, version):
    """An archive keeps days older code made beside new ones: a record of the same major, older or
    newer, is read (the older one's later fields read as none, as the tables' columns say)."""
    written = {"older minor": _bumped(minor=-1), "newer minor": _bumped(minor=1)}
    major, minor, patch = _current().split(".")
    written["newer patch"] = f"{major}.{minor}.{int(patch) + 1}"
    assert _read_as(day, tmp_path, _versioned(written[version])) == ""


@pytest.mark.parametrize("newer", [True, False], ids=["newer major", "older major"])
def test_a_record_of_another_major_is_refused_naming_its_writer_and_what_to_do(day, tmp_path, newer):
    """Another major's fields may mean other things: refused in one line that names the version found,
    which lokakarya wrote it and the stage that makes it anew; a newer one's reader is named first,
    as making it again with this code loses what the newer one recorded (both had been 'schema_version
    '2.0.0' is not readable by this lokakarya', and `run` called the newer one so in other words)."""
    found = _bumped(major=1) if newer else "0.9.0"
    why = _read_as(day, tmp_path, _versioned(found))
    writer = "a newer" if newer else "an older"
    assert why.startswith(f"written by {writer} lokakarya (schema {found}; this one reads {_current()[0]}.x.y); ")
    assert why.endswith("rerun the 'compare' stage to make it anew")
    assert ("read it with that lokakarya" in why) == newer


@pytest.mark.parametrize(
    "found, said",
    [
        (None, "schema_version: missing"),
        ("1.0", "schema_version '1.0' is no version"),
        ("v1.2.0", "schema_version 'v1.2.0' is no"),
        (1, "schema_version 1 is no"),
    ],
    ids=["missing", "two parts", "a v before it", "a number"],
)
def test_a_record_of_no_version_is_damage_named_as_the_freshness_check_names_it(day, tmp_path, found, said):
    """One rule for reading and for `run`: a missing schema_version had read 'schema_version None is not
    readable', 'v1.2.0' as another major, '1.0' as the model's pattern; `run` named each as this does."""

    def change(record):
        if found is None:
            del record["schema_version"]
        else:
            record["schema_version"] = found

    why = _read_as(day, tmp_path, change)
    assert why.startswith(f"not a valid compare artifact ({said}") and why.endswith("; rerun the 'compare' stage")


@pytest.mark.parametrize("version", ["older minor", "newer minor", "this"])
def test_a_field_renamed_or_added_is_told_with_the_version_that_wrote_it(day, tmp_path, version):
    """A field another schema names otherwise (coverage as coverage_share) is refused naming the version
    found where it is not this code's: an older record's, or a newer lokakarya's that added a field."""
    written = {"older minor": _bumped(minor=-1), "newer minor": _bumped(minor=1), "this": _current()}[version]

    def change(record):
        record.update(schema_version=written, coverage_share=record.pop("coverage"))

    why = _read_as(day, tmp_path, change)
    told = "" if version == "this" else f"schema {written}, {version.split()[0]} than this lokakarya's {_current()}: "
    assert why.startswith(f"not a valid compare artifact ({told}coverage: Field required; 1 more)")


@pytest.mark.parametrize("found", ["newer major", "older major", "older minor", "newer minor"])
def test_reading_decides_a_record_s_standing_once(day, tmp_path, monkeypatch, found):
    """The line that refuses a record of another major, or names the version of one its model refuses,
    is said from the standing read_artifact decided, not from a second decision of the same rule."""
    from pipeline import artifacts

    decided = []
    decide = artifacts.schema_standing
    monkeypatch.setattr(artifacts, "schema_standing", lambda *args: decided.append(args) or decide(*args))
    written = {"newer major": _bumped(major=1), "older major": "0.9.0"}
    written |= {"older minor": _bumped(minor=-1), "newer minor": _bumped(minor=1)}

    def change(record):
        record.update(schema_version=written[found], coverage_share=record.pop("coverage"))

    why = _read_as(day, tmp_path, change)
    assert why.startswith("written by" if "major" in found else "not a valid compare artifact (schema ")
    assert len(decided) == 1


def test_the_freshness_check_follows_the_same_rule(day):
    """runner and index judge a version by artifacts.schema_standing, as reading does, and each
    reader asks written_before what an older schema did not record: as numbers, 1.10.0 after 1.9.0."""
    from pipeline.artifacts import schema_standing, written_before

    assert written_before("1.9.0", "1.10.0") and not written_before("1.10.0", "1.10.0")
    assert not written_before("1.11.0", "1.10.0") and written_before("1.9.12", "1.10.0")

    ours = _current()
    assert [schema_standing(v, ours) for v in (ours, _bumped(minor=-1), _bumped(minor=1))] == ["same", "older", "newer"]
    assert [schema_standing(v, ours) for v in (_bumped(major=1), "0.9.0", "1.0", None)] == [
        "newer major",
        "older major",
        "none",
        "none",
    ]


def test_provenance_names_the_model_as_configured(day):
    summary = json.loads(day.summary.read_text())
    assert summary["transcript"]["model"] == "base" and len(summary["transcript"]["model_sha256"]) == 64
    transcribe = next(s for s in summary["provenance"]["stages"] if s["stage"] == "transcribe")
    assert transcribe["model"]["name"] == "base" and "/" not in json.dumps(transcribe["model"])


def test_the_summary_keeps_the_processor_the_words_were_made_on():
    """The 22 bundled days transcribed on this round's machine gave other words on some days than an
    archive made on another (docs/compare.md, "The bundled days transcribed afresh"): the
    transcription records its processor, and summary.json's record of that stage keeps it."""
    from pipeline.summary import _stage
    from pipeline.system.models import processor
    from pipeline.transcribe import TranscribeProvenance

    made = TranscribeProvenance.begin("transcribe", "0" * 64, {}, cpu_threads=2, cpu=processor())
    assert _stage(made).cpu == processor() and processor().strip()
    assert _stage(made.model_copy(update={"cpu": None})).cpu is None  # a transcript before 1.4.0


def test_the_processor_is_its_model_name_and_widest_vector_instructions(monkeypatch):
    """CTranslate2 picks its kernels by the widest instructions (or CT2_FORCE_CPU_ISA); a /proc/cpuinfo
    without a model name (ARM lists "Features") or none at all still gives a name."""
    from pipeline.system.models import processor

    monkeypatch.delenv("CT2_FORCE_CPU_ISA", raising=False)
    x86 = "processor\t: 0\nmodel name\t: AMD EPYC 7B13\nflags\t\t: fpu sse2 avx avx2 fma\n\nprocessor\t: 1\n"
    assert processor(x86) == "AMD EPYC 7B13 (avx2)"
    assert processor(x86.replace("avx2", "avx2 avx512f")) == "AMD EPYC 7B13 (avx512f)"
    assert processor(x86.replace(" avx2", "")) == "AMD EPYC 7B13"
    arm = "processor\t: 0\nBogoMIPS\t: 50.00\nFeatures\t: fp asimd\n"
    assert processor(arm).strip() and "(" not in processor(arm)
    monkeypatch.setenv("CT2_FORCE_CPU_ISA", "GENERIC")
    assert processor(x86) == "AMD EPYC 7B13 (avx2, CT2_FORCE_CPU_ISA=GENERIC)"


def test_each_stage_names_the_packages_that_move_what_it_writes():
    """Records had named neither pydantic, which writes them, nor the tokenizer of Whisper's words
    or the runtime of the voice activity detector (fifty-second round); each name is one pip knows.
    Every stage's module, from STAGES: a list written here had left out evaluate."""
    import importlib

    from pipeline import diarize, transcribe
    from pipeline.artifacts import package_versions
    from pipeline.stages import STAGES

    for stage in STAGES:
        versions = package_versions(importlib.import_module(f"pipeline.{stage.name}").PACKAGES)
        assert "pydantic" in versions and "not installed" not in versions.values(), stage.name
    assert {"tokenizers", "onnxruntime", "ctranslate2"} <= set(transcribe.PACKAGES)
    assert {"onnxruntime", "torch", "scipy"} <= set(diarize.PACKAGES)


def test_a_run_stops_at_validate_or_at_a_stage():
    from typing import get_args

    from pipeline.artifacts import RunStep
    from pipeline.stages import RENAMED_STAGES, STAGE_NAMES

    assert get_args(RunStep) == ("validate", *STAGE_NAMES, *RENAMED_STAGES)


def test_a_comparison_from_before_the_encoder_reads_back_as_words_alone(day):
    """1.1.0 had no `meaning` option: its comparisons were made from words alone, and say so when
    read back, not the `meaning: true` a config now defaults to."""
    from pipeline.compare import Comparison

    document = json.loads(_artifact_file(day, "comparison").read_text())
    assert Comparison.model_validate(document).options.meaning is document["options"]["meaning"]
    older = dict(document, schema_version="1.1.0", options={**document["options"]})
    del older["options"]["meaning"]
    assert Comparison.model_validate(older).options.meaning is False


def test_artifacts_of_an_older_minor_version_are_read(day):
    """Numbers were checked from comparison 1.1.0 and summary 2.2.0 on: the days made before read
    as having none, not as unreadable (which dropped them from every archive table and search)."""
    from pipeline.compare import Comparison

    comparison = json.loads(_artifact_file(day, "comparison").read_text())
    comparison["schema_version"] = "1.0.2"
    for point in comparison["points"]:
        del point["numbers"]
    assert all(p.numbers == [] for p in Comparison.model_validate(comparison).points)
    summary = json.loads(day.summary.read_text())
    summary["schema_version"] = "2.1.2"
    del summary["comparison"]["number_disagreements"]
    assert Summary.model_validate(summary).comparison.number_disagreements == []
    # speakers.json 1.6.0 and summary.json 2.10.0, from before a called name's 'answer' and 'asked'
    # moments, read as they are
    from pipeline.diarize import Diarization

    speakers = json.loads(day.speakers.read_text())
    speakers["schema_version"] = "1.6.0"
    assert Diarization.model_validate(speakers).schema_version == "1.6.0"
    summary = json.loads(day.summary.read_text())
    summary["schema_version"] = "2.10.0"
    assert Summary.model_validate(summary).schema_version == "2.10.0"
    # summary.json 2.11.0, from before a listed point gave its number and its evidence's voice
    summary = json.loads(day.summary.read_text())
    summary["schema_version"] = "2.11.0"
    for point in summary["comparison"]["missing_points"]:
        del point["point"], point["evidence_speaker"]
    assert Summary.model_validate(summary).comparison.missing_points[0].point is None
    # summary.json 2.12.0, from before a voice said whether it is the day's host
    summary = json.loads(day.summary.read_text())
    summary["schema_version"] = "2.12.0"
    for speaker in summary["speakers"]:
        del speaker["host"]
    assert Summary.model_validate(summary).speakers[0].host is None
    # summary.json 2.13.0, from before the transcript's repetition loops were told
    summary = json.loads(day.summary.read_text())
    summary["schema_version"] = "2.13.0"
    del summary["transcript"]["repetitions"]
    assert Summary.model_validate(summary).transcript.repetitions is None
    # summary.json 2.15.0 and comparison.json 1.9.0, from before evidence across voices gave each voice's part
    summary = json.loads(day.summary.read_text())
    summary["schema_version"] = "2.15.0"
    for point in summary["comparison"]["missing_points"]:
        del point["evidence_parts"]
    assert Summary.model_validate(summary).comparison.missing_points[0].evidence_parts == []
    comparison = json.loads(day.comparison.read_text())
    comparison["schema_version"] = "1.9.0"
    for point in comparison["points"]:
        del point["heard_as"]
        for span in point["evidence"]:
            del span["parts"]
    assert Comparison.model_validate(comparison).points[0].evidence[0].parts == []


def test_evidence_across_voices_gives_each_voices_part_in_the_summary_and_the_tables(day):
    """demo-2's point 10: summary.json gave evidence_start 7.0 with Dr. Ayu's voice, where the
    moderator speaks until 00:00:13.  The named voice's start is its own line's, each voice's part is
    listed, and the points table says the same; a comparison before 1.10.0 told no parts, and its
    rows leave them empty rather than guess."""
    from pipeline.compare import Comparison, evidence_span
    from pipeline.diarize import Diarization
    from pipeline.index import point_rows
    from pipeline.summary import _comparison

    comparison = read_artifact(day.comparison, Comparison, "compare")
    diarization = read_artifact(day.speakers, Diarization, "diarize")
    across = evidence_span(diarization.utterances[:2], diarization.names(), 0.3, heard=[0, 2])
    missing = comparison.points[1].model_copy(update={"evidence": [across]})
    comparison = comparison.model_copy(update={"points": [comparison.points[0], missing]})
    listed = _comparison(comparison).missing_points[0]
    host, guest = diarization.utterances[:2]
    assert (listed.evidence_start, listed.evidence_speaker) == (guest.start, guest.speaker)
    assert host.speaker != guest.speaker and host.start < guest.start
    assert [(v.start, v.end, v.speaker) for v in listed.evidence_parts] == [
        (host.start, host.end, host.speaker),
        (guest.start, guest.end, guest.speaker),
    ]
    row = point_rows("day", comparison, diarization)[1]
    assert (row["evidence_start_s"], row["evidence_speaker"]) == (host.start, guest.speaker)
    assert (row["evidence_speaker_start_s"], row["evidence_speaker_utterance"]) == (guest.start, guest.index)
    assert row["evidence_speakers"] == [host.speaker, guest.speaker]
    older = point_rows("day", comparison.model_copy(update={"schema_version": "1.9.0"}), diarization)[1]
    assert older["evidence_speakers"] is older["evidence_speaker_start_s"] is None
    assert older["evidence_speaker"] == guest.speaker


def test_a_listed_point_is_the_comparisons_point_and_names_the_voice_of_its_evidence(day, tmp_path):
    """summary.json told a point only by its text (a report may give one twice) and a speaker
    disagreement by the voice the report credits alone: `point` joins comparison.json and the
    points table, `evidence_speaker` is whose voice says the evidence."""
    summary = json.loads(day.summary.read_text())
    points = json.loads(day.comparison.read_text())["points"]
    lists = ("missing_points", "partly_points", "number_disagreements")
    listed = [point for key in lists for point in summary["comparison"][key]]
    assert {p["status"] for p in listed} == {"missing", "covered"}
    for said in listed:
        point = points[said["point"]]
        assert (said["text"], said["status"]) == (point["text"], point["status"])
        assert said["evidence_speaker"] == point["evidence"][0]["speaker"]
        assert said["evidence_speaker"] in {s["label"] for s in summary["speakers"]}
    summary["comparison"]["missing_points"][0]["evidence_speaker"] = "SPEAKER_99"
    changed = tmp_path / "summary.json"
    changed.write_text(json.dumps(summary))
    said = "point 1's evidence names speaker 'SPEAKER_99', which speakers does not list"
    with pytest.raises(PipelineError, match=said):
        read_artifact(changed, Summary, "summary")


@pytest.mark.parametrize(
    "cut, said",
    [
        (lambda text: text[: len(text) // 2], "cut short"),
        (lambda text: "{]" + text, "not JSON at line 1"),
        (lambda text: "", "empty"),
        (lambda text: " \n", "empty"),
    ],
)
def test_an_artifact_cut_short_or_garbled_says_which(day, tmp_path, cut, said):
    """A full disk or a killed copy leaves half a file: "not a JSON object" hid that."""
    broken = tmp_path / "summary.json"
    broken.write_text(cut(day.summary.read_text()))
    with pytest.raises(PipelineError, match=rf"summary.json: not a valid summary artifact \({said}.*rerun") as error:
        read_artifact(broken, Summary, "summary")
    assert "\n" not in str(error.value)


def test_an_unpinned_model_reads_as_not_pinned_beside_the_weights_used(day):
    """transcript.json's options.model_sha256 is the config's pin, null where there is none, and its
    description says so and where the hash of the weights used is: a reader had two answers to
    "which weights?" (null beside provenance's hash)."""
    from pipeline.transcribe import Transcript

    transcript = read_artifact(day.transcript, Transcript, "transcribe")
    assert transcript.options.model_sha256 is None and transcript.provenance.model.sha256
    options = json_schema("transcript")["$defs"]["DecodingOptions"]["properties"]["model_sha256"]
    assert "null: not pinned" in options["description"] and "provenance.model.sha256" in options["description"]
