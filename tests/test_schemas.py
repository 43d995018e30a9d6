"""Every JSON artifact has a strict, published JSON Schema (Draft 2020-12) that its files meet."""

from __future__ import annotations

import json

import jsonschema
import pytest

from fakes import make_day
from pipeline.artifacts import PipelineError, read_artifact
from pipeline.schemas import ARTIFACTS, json_schema, schema_path, schema_text
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
    assert schema_path(name).read_text() == schema_text(name), "regenerate: python -m pipeline.schemas"
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


def test_reading_another_major_version_is_refused(day, tmp_path):
    document = json.loads(day.summary.read_text())
    changed = tmp_path / "summary.json"
    changed.write_text(json.dumps(dict(document, schema_version="9.0.0")))
    with pytest.raises(PipelineError, match=r"schema_version '9\.0\.0' is not readable"):
        read_artifact(changed, Summary, "summary")
    changed.write_text(json.dumps(dict(document, unknown=1)))
    with pytest.raises(PipelineError, match="not a valid summary artifact"):
        read_artifact(changed, Summary, "summary")


def test_provenance_names_the_model_as_configured(day):
    summary = json.loads(day.summary.read_text())
    assert summary["transcript"]["model"] == "base" and len(summary["transcript"]["model_sha256"]) == 64
    transcribe = next(s for s in summary["provenance"]["stages"] if s["stage"] == "transcribe")
    assert transcribe["model"]["name"] == "base" and "/" not in json.dumps(transcribe["model"])


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
    from pipeline.compare import Comparison, _span
    from pipeline.diarize import Diarization
    from pipeline.index import point_rows
    from pipeline.summary import _comparison

    comparison = read_artifact(day.comparison, Comparison, "compare")
    diarization = read_artifact(day.speakers, Diarization, "diarize")
    across = _span(diarization.utterances[:2], diarization.names(), 0.3, heard=[0, 2])
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
    options = json_schema("transcript")["$defs"]["TranscribeOptions"]["properties"]["model_sha256"]
    assert "null: not pinned" in options["description"] and "provenance.model.sha256" in options["description"]
