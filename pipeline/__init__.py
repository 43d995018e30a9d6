"""lokakarya: turn a recorded Indonesian workshop day into an archive record that can be trusted."""

__version__ = "0.1.0"
