"""Text from the config and the transcript made safe for line-based formats.

Config fields are refused when they hold line breaks (config.py); what remains to neutralise is
each format's own syntax inside a line: RTTM fields are split on whitespace.  (Captions escape
their own text: captions.py.)
"""

from __future__ import annotations


def rttm_field(name: str) -> str:
    """A speaker name as one RTTM field: every run of whitespace becomes one underscore."""
    return "_".join(name.split()) or "_"
