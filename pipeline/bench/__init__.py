"""Benchmarks, not stages: `make bench` (days.py, run as `python -m pipeline.bench`) and its sections
(comparison, compare_tuning, long_talks, voice_naming, speed, real_voices, music, language, themes,
housekeeping), the search benchmark and the held-out audits (audits.py).
They measure the stages on the bundled days and write reports; nothing in a run imports them."""
