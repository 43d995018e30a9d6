from pipeline.cli import cli

cli(prog_name="lokakarya")
