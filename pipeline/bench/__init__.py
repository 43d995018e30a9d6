"""Benchmarks, not stages: `make bench` (days.py, run as `python -m pipeline.bench`) and its sections
(compare_accuracy, compare_tuning, long_talks, naming_accuracy, asr_settings, run_cost, real_voices,
music, language, themes, housekeeping; tables, the header their Markdown tables share), the search
benchmark and the held-out audits (audits.py).
They measure the stages on the bundled days and write reports; nothing in a run imports them."""
