"""JSON Schemas (Draft 2020-12) of every JSON artifact, generated from the pydantic models.

Published in pipeline/schema/<name>.schema.json; `python -m pipeline.records.schemas` rewrites them after a
model changes (a test fails while they differ).  Generated in serialization mode, so every field is
required, as every writer writes it; every object forbids unknown keys (maps such as `tools` allow
only keys of a stated pattern or list); schema_version accepts only this code's major version.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from pipeline.artifacts import SCHEMA_DIR, DayStatus
from pipeline.compare import Comparison
from pipeline.diarize import Diarization
from pipeline.download import SourceInfo
from pipeline.evaluate import Evaluation
from pipeline.page import PageRecord
from pipeline.records.files import write_atomic
from pipeline.summary import Summary
from pipeline.topics import Topics
from pipeline.transcribe import Transcript

# The artifact's file name in outputs/<id>/ -> its model.
ARTIFACTS: dict[str, type[BaseModel]] = {
    "source": SourceInfo,
    "transcript": Transcript,
    "speakers": Diarization,
    "scores": Evaluation,
    "topics": Topics,
    "comparison": Comparison,
    "summary": Summary,
    "page": PageRecord,
    "status": DayStatus,
}


def schema_path(name: str) -> Path:
    return SCHEMA_DIR / f"{name}.schema.json"


def _close_maps(node) -> None:
    """pydantic leaves a map with patterned keys open to other keys; close it."""
    if isinstance(node, dict):
        if "patternProperties" in node:
            node.setdefault("additionalProperties", False)
        for value in node.values():
            _close_maps(value)
    elif isinstance(node, list):
        for value in node:
            _close_maps(value)


def json_schema(name: str) -> dict:
    model = ARTIFACTS[name]
    version = model.model_fields["schema_version"].default
    schema = model.model_json_schema(mode="serialization")
    _close_maps(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://lokakarya.invalid/schema/{name}-{version}.json",
        **schema,
    }


def schema_text(name: str) -> str:
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    for artifact in ARTIFACTS:
        write_atomic(schema_path(artifact), schema_text(artifact))
