"""The command line: parses, calls a stage, reports.  No pipeline logic lives here."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline import __version__
from pipeline.artifacts import DayPaths, PipelineError
from pipeline.config import DayConfig, check_inputs, load_config
from pipeline.runner import STAGES, run_day


class _Group(click.Group):
    """Print a PipelineError as one 'Error: …' line with exit status 1, not a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PipelineError as exc:
            raise click.ClickException(str(exc)) from None


config_argument = click.argument("config", type=click.Path(dir_okay=False, path_type=Path))


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="lokakarya")
@click.option("--outputs", type=click.Path(file_okay=False, path_type=Path), default=Path("outputs"),
              show_default=True, envvar="LOKAKARYA_OUTPUTS", help="Folder that holds one folder per day.")
@click.pass_context
def cli(ctx: click.Context, outputs: Path) -> None:
    """Turn a recorded workshop day into a transcript, speakers, topics and a report comparison."""
    ctx.obj = outputs


def _prepare(config_path: Path, outputs: Path) -> tuple[DayConfig, DayPaths]:
    config = load_config(config_path)
    check_inputs(config)
    return config, DayPaths.for_day(outputs, config.id)


def _stage_command(stage) -> click.Command:
    @click.pass_obj
    def command(outputs: Path, config: Path) -> None:
        day, paths = _prepare(config, outputs)
        stage.run(day, paths)
        click.echo(f"{stage.name}: wrote {stage.artifact(paths)}")

    return config_argument(click.command(stage.name, help=stage.run.__doc__)(command))


for _stage in STAGES:
    cli.add_command(_stage_command(_stage))


@cli.command()
@config_argument
@click.pass_obj
def run(outputs: Path, config: Path) -> None:
    """Run every stage in order, skipping those whose artifacts are up to date."""
    day, paths = _prepare(config, outputs)
    for stage, ran in run_day(day, paths):
        click.echo(f"{stage.name}: {'done' if ran else 'up to date'} -> {stage.artifact(paths)}")
    click.echo(f"summary: {paths.summary}")


@cli.command()
@config_argument
def validate(config: Path) -> None:
    """Check a day config and the files it names, without running anything."""
    day, _ = _prepare(config, Path("outputs"))
    source = day.source if day.source_is_url else str(day.source_path)
    click.echo(f"ok: {config} (id {day.id}, {len(day.speakers)} speakers, source {source}, "
               f"report {day.report_path or 'none'})")
