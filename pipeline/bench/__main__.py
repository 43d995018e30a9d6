"""`python -m pipeline.bench` (`make bench`) runs the demo days' benchmark, days.py."""

from pipeline.bench.days import main

main()
