"""What a run needs of the machine it runs on: child processes that die with it (children), memory
handed back on a long day (memory), stops from outside (stops), model weights (models).  The
runner and the stages lean on them; none is a stage."""
