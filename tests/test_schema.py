"""The committed JSON Schema is the one the Summary model generates."""

import json

from pipeline.summary import SCHEMA_PATH, json_schema


def test_committed_schema_is_current():
    assert json.loads(SCHEMA_PATH.read_text()) == json_schema(), (
        "regenerate: python -c 'from pipeline.summary import *; ...' (see README)"
    )
