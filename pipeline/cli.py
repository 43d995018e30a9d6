"""The command line: parses the options, calls the module that does the work, prints the lines
it is handed and turns errors into exit statuses.  No pipeline logic lives here: a day's run
and its ending are runner's, the archive tables index's, a check's verdict its module's.

Only click and the stage table are imported at start; each command imports what it needs, so
`--help`, `validate` and `doctor` do not wait for the model libraries.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import signal
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click
from click.core import ParameterSource

from pipeline import __version__
from pipeline.records.files import PipelineError, error_text, link_astray, name_not_held, names_held_in_ascii
from pipeline.stages import RENAMED_STAGES, STAGE_NAMES, STAGES, Stage
from pipeline.system.stops import OutputLost, exit_status, raised, stop_line, unwrapped
from pipeline.text.formats import BIDI_CONTROLS, printable

if TYPE_CHECKING:
    from collections.abc import Generator


GLOBAL_OPTIONS = ("--outputs",)
MAX_ERROR_CHARS = 300  # of an unexpected error's message, kept to one readable line
SEARCH_LIMIT = 20


def _one_line(error: click.UsageError) -> click.UsageError:
    """Click prints a usage error as the usage, a hint, a blank line and the error; like every
    other error of the pipeline it is one line here, the hint folded in (exit status stays 2)."""
    if isinstance(error, getattr(click.exceptions, "NoArgsIsHelpError", ())):  # bare `lokakarya`: help (click 8.2+)
        return error
    hint = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
    return click.UsageError(printable(error.format_message() + hint))


def debugging() -> bool:
    """LOKAKARYA_DEBUG set to anything but empty, 0, false, no or off: `LOKAKARYA_DEBUG=0`, set to
    turn it off, had shown the traceback."""
    return os.environ.get("LOKAKARYA_DEBUG", "").strip().lower() not in ("", "0", "false", "no", "off")


def _refuse_repeated(command: click.Command, ctx: click.Context, args: list[str]) -> None:
    """An option of one value given twice is a usage error: click keeps the last without a word,
    where `--force download --force topics` meant both and `--outputs a … --outputs b` one of two
    folders.  Flags and options that take many values may repeat."""
    try:
        _, _, order = command.make_parser(ctx).parse_args(args=list(args))
    except click.UsageError:
        return  # click's own parse says what is wrong
    seen: set[str] = set()
    for param in order:
        if not isinstance(param, click.Option) or param.multiple or param.count or param.is_flag:
            continue
        if param.name in seen:
            raise click.UsageError(f"Option '{param.opts[0]}' is given twice; give it once", ctx)
        seen.add(param.name)


class _Command(click.Command):
    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Its options, and the group's that may follow the command's name (`_Group.parse_args`):
        `lokakarya run --help` had not named --outputs, which `run` takes."""
        records = [param.get_help_record(ctx) for param in self.get_params(ctx) if isinstance(param, click.Option)]
        root = ctx.find_root()
        records += [
            param.get_help_record(root)
            for param in root.command.params
            if isinstance(param, click.Option) and set(param.opts) & set(GLOBAL_OPTIONS)
        ]
        if records := [record for record in records if record is not None]:
            with formatter.section("Options"):
                formatter.write_dl(records)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _refuse_repeated(self, ctx, args)
        given = list(args)  # click's parser empties the list it reads
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            raise _a_file_like_an_option(exc, given, ctx) from None

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except OSError as exc:  # its help printed (nothing else here writes): 'lokakarya: Broken pipe'
            raise OutputLost(exc) from None


def _a_file_like_an_option(error: click.NoSuchOption, args: list[str], ctx: click.Context) -> click.UsageError:
    """A config file named with a leading "-" ("-hari.yaml"), or a search query that begins with a word
    left out ("-digital diplomasi"), is read as options ("-h", "-d"): the error says so, and how to
    give it; click's own words said only "No such option '-h'"."""
    if error.option_name.startswith("--"):  # a long option mistyped ("--limt=5"): click's "Did you mean"
        return error
    named = next((arg for arg in args if arg.startswith(error.option_name) and arg != error.option_name), None)
    if named is not None and os.path.lexists(named):
        return click.UsageError(
            f"No such option '{error.option_name}': '{named}' is a file here, which a leading '-' makes options; "
            f"name it ./{named}, or put -- before it",
            ctx,
        )
    if named is not None and any(param.name == "query" for param in ctx.command.params):
        rest = args[args.index(named) + 1 :]
        words = itertools.takewhile(lambda arg: not arg.startswith("-"), rest)  # its other words, given unquoted
        query = " ".join([named, *words])
        return click.UsageError(
            f"No such option '{error.option_name}': a query that begins with '-' ({query!r}) goes after --: "
            f"lokakarya search -- {query!r}",
            ctx,
        )
    return error


class _Group(click.Group):
    """Print any failure as one 'Error: …' line with exit status 1, never a traceback, and accept
    the global options after the subcommand too (`lokakarya batch … --outputs DIR`); an option of
    one value given twice, here or to a command, is refused (`_refuse_repeated`).

    PipelineError is the expected kind; an OSError that escaped a stage (a full disk, a folder
    that went away) still names its file; anything else is a bug, shown in one line too, with
    LOKAKARYA_DEBUG=1 to see the traceback.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        hoisted, rest, position = [], [], 0
        while position < len(args):
            argument = args[position]
            if argument == "--":
                rest += args[position:]
                break
            if argument.split("=", 1)[0] in GLOBAL_OPTIONS:
                width = 1 if "=" in argument else 2
                if position + width > len(args):  # hoisted bare, it had taken the command's name as its value
                    raise click.UsageError(f"Option '{argument}' requires an argument.", ctx)
                hoisted += args[position : position + width]
                position += width
                continue
            rest.append(argument)
            position += 1
        _refuse_repeated(self, ctx, hoisted + rest)
        return super().parse_args(ctx, hoisted + rest)

    command_class = _Command

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            raise _one_line(exc) from None
        except KeyboardInterrupt as stop:  # while the options are read (a folder looked at): click's "Aborted!"
            _stopped(stop)
        except OSError as exc:  # the help or the version printed (nothing else here writes): a traceback
            _stopped(OutputLost(exc))

    def main(self, *args, **kwargs):
        """An error's own line that stderr cannot take (closed, or a full disk under `2> log`):
        there is no one to tell, and a non-zero exit status still says it (Python had tried to
        print its traceback there too)."""
        try:
            return super().main(*args, **kwargs)
        except OSError:
            _let_go(sys.stderr)
            raise SystemExit(1) from None

    def invoke(self, ctx: click.Context):
        try:
            with raised(), unwrapped():
                return super().invoke(ctx)
        except click.UsageError as exc:  # a subcommand's argument or option
            raise _one_line(exc) from None
        except click.ClickException as exc:
            exc.message = printable(exc.message)
            raise
        except (click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt as stop:  # Ctrl-C, SIGTERM, SIGHUP, standard output gone
            _stopped(stop)
        except (PipelineError, OSError) as exc:
            raise click.ClickException(printable(error_text(exc))) from None
        except Exception as exc:
            if _a_name_not_held(exc):
                raise click.ClickException(printable(name_not_held(str(exc.object)))) from None
            if debugging():
                raise
            message = " ".join(str(exc).split())[:MAX_ERROR_CHARS]
            raise click.ClickException(
                f"internal error: {type(exc).__name__}: {message} (please "
                f"report it; LOKAKARYA_DEBUG=1 shows the traceback)"
            ) from None


def _a_name_not_held(exc: Exception) -> bool:
    """A file name this Python's ASCII file-name encoding cannot hold (files.names_held_in_ascii).
    Any other UnicodeEncodeError is an internal error like the rest, in its one line: a bare `raise`
    for it had skipped that handler and printed a traceback."""
    return (
        isinstance(exc, UnicodeEncodeError)
        and exc.encoding.replace("-", "").lower() == "ascii"
        and names_held_in_ascii()
    )


class _Stopped(SystemExit):
    """The exit of a command stopped from outside (pipeline.system.stops), said in its one line."""


def _stopped(stop: KeyboardInterrupt) -> NoReturn:
    """A stop (Ctrl-C, SIGTERM, SIGHUP, standard output gone): its one line, as any error (not
    click's bare "Aborted!", nor a traceback), or none for a reader that went away; then the
    shell's status for it."""
    if isinstance(stop, OutputLost):
        _let_go(sys.stdout)
    if (line := stop_line(stop)) is not None:
        _echo(line, err=True)
    raise _Stopped(exit_status(stop)) from None


def _let_go(stream) -> None:
    """A standard stream that cannot be written any more (a closed pipe, a full disk) points at
    /dev/null from now on: what is still in its buffer is dropped there at exit, where Python
    would print 'Exception ignored … BrokenPipeError' and exit with status 120."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # none (closed at start), or not a file (a test's)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _named(ctx: click.Context, param: click.Parameter, value: Path | tuple[Path, ...]) -> Path | tuple[Path, ...]:
    """An empty argument ("$CONFIG" unset) names no file: Path("") would read as the current folder.
    A leading ~ is the home folder, as `batch` reads it (days_given)."""
    for path in value if isinstance(value, tuple) else (value,):
        if str(path) in ("", "."):
            raise click.BadParameter("names no file (it is empty); give the path of a day's config file", ctx, param)
    if isinstance(value, tuple):
        return value  # batch's: days_given reads them as the shell would, ~ too
    return Path(_home_expanded(str(value)))


def _home_expanded(value: str) -> str:
    """A path that begins with ~ the shell did not expand (quoted, or from a variable or a Makefile) as
    the home folder's, unless a file or folder of that very name is there: `--outputs "~/arsip"` had
    made a folder named ~ in the current one and written the days into it, and `validate "~/x.yaml"`
    said 'config file not found' of a file `batch` found."""
    return os.path.expanduser(value) if value.startswith("~") and not os.path.lexists(value) else value


def _scheduler_given(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An empty address (`--scheduler "$SCHEDULER"` with the variable unset) names no scheduler: it
    had run the days on local workers without a word, on a machine the user meant to spare."""
    if value is not None and not value.strip():
        raise click.BadParameter("is empty; leave --scheduler out to run the days on local workers", ctx, param)
    return value


config_argument = click.argument("config", type=click.Path(dir_okay=False, path_type=Path), callback=_named)


class _OutputsFolder(click.Path):
    """A folder path that is not empty, has no control characters and is no day's folder:
    `--outputs "$OUT"` with $OUT unset would put the days into the current folder (a config's own,
    even), a newline would make a folder no one can see the name of, and a day's folder would have
    its own page overwritten by the archive's (and the archive's tables written into it)."""

    def convert(self, value, param, ctx):
        if isinstance(value, str):
            if not value.strip():
                self.fail("is empty; name the folder that holds the days (default: outputs)", param, ctx)
            acting = (c for c in value if unicodedata.category(c) in ("Cc", "Zl", "Zp") or c in BIDI_CONTROLS)
            control = next(acting, None)
            if control is not None:
                self.fail(f"{value!r} holds the control character {control!r}", param, ctx)
            value = _home_expanded(value)
        path = super().convert(value, param, ctx)
        if (too_long := _name_too_long(path)) is not None:
            name, limit = too_long
            self.fail(
                f"'{value}' holds a name of {len(os.fsencode(name)):,} bytes ('{name[:40]}…'); a folder's name "
                f"fits in {limit}",
                param,
                ctx,
            )
        if os.path.exists(path) and not os.path.isdir(path):  # a device or a FIFO: click lets them by
            self.fail(f"'{value}' is not a folder", param, ctx)
        if (blocking := _file_above(path)) is not None:
            self.fail(f"'{value}' is under '{blocking}', a file, not a folder", param, ctx)
        if (astray := _link_astray_above(path)) is not None:
            link, what = astray
            where = "is" if link == os.path.abspath(path) else f"is under '{link}',"
            self.fail(f"'{value}' {where} {what}, not a folder; mend or remove the link", param, ctx)
        if (marked := _day_file(Path(path))) is not None:
            self.fail(
                f"'{value}' is a day's folder (it holds {marked.name}), not the folder that holds the days; "
                f"name the folder it is in, '{os.path.dirname(os.path.abspath(path))}'",
                param,
                ctx,
            )
        return path


USUAL_NAME_MAX = 255  # bytes in a file's name: ext4, XFS, Btrfs, tmpfs (ntfs3 counts UTF-16 units)


def _name_too_long(path: Path) -> tuple[str, str] | None:
    """A folder name in the path longer than the disk allows (a talk's title pasted as the
    folder's name, 255 bytes on most disks, Indonesian letters two of them), and that limit as said
    (the disk's, or the usual one where the system does not say it): `run`
    had said 'File name too long' of the day's folder, `doctor` '[Errno 36] ...' and `search` that
    segments.parquet was missing, of a folder no command could make."""
    there = _nearest_there(path)
    if there is None:  # the current folder gone: the command that uses the folder says so
        return None
    try:
        limit = os.pathconf(there if os.path.isdir(there) else os.path.dirname(there), "PC_NAME_MAX")
        said = f"{limit} bytes on this disk"
    except (OSError, ValueError):  # a system that does not say
        limit = USUAL_NAME_MAX
        said = f"{limit} bytes (the usual limit)"
    long = next((name for name in Path(os.path.abspath(path)).parts if len(os.fsencode(name)) > limit), None)
    return None if long is None else (long, said)


def _file_above(path: Path) -> str | None:
    """The file where a folder above a path yet to be made should be (`--outputs report.txt/out`):
    each command had failed its own way, naming the day's lock file ("could not write: Not a
    directory"), the bare error of the tables ("out: Not a directory"), or no outputs folder."""
    there = _nearest_there(path)
    return there if there is not None and os.path.exists(there) and not os.path.isdir(there) else None


def _link_astray_above(path: Path) -> tuple[str, str] | None:
    """The link that leads nowhere or round in a loop where the folder or one above it should be,
    and which it is (files.link_astray): `page` had said 'outputs/demo: is a file', `run` of a loop
    'internal error: RuntimeError', and `batch` had made the folder a dangling link named (on a
    drive not mounted, say)."""
    there = _nearest_there(path)
    what = None if there is None else link_astray(there)
    return None if what is None else (there, what)


def _nearest_there(path: Path) -> str | None:
    """The path, absolute, or the nearest path above it that is there, whatever it is (a folder, a
    file, a link astray: the callers tell which); None where the current folder is gone (the
    command that uses the folder says so)."""
    try:
        here = os.path.abspath(path)
    except OSError:
        return None
    while not os.path.lexists(here) and os.path.dirname(here) != here:
        here = os.path.dirname(here)
    return here


def _day_file(folder: Path) -> Path | None:
    """The file that makes `folder` a day's; None for any other folder, or one that cannot be looked into
    (the command that reads it says why)."""
    from pipeline.artifacts import DayPaths

    try:
        return DayPaths(folder).day_file()
    except OSError:
        return None


class _EnvironmentOption(click.Option):
    """An option whose environment variable, set but empty, is a value given (and refused as the
    option's empty value is), not one unset: `LOKAKARYA_OUTPUTS="$OUT"` with $OUT unset had put the
    days into ./outputs without a word.  A value refused names the variable it came from."""

    def resolve_envvar_value(self, ctx: click.Context) -> str | None:
        value = os.environ.get(self.envvar)
        return super().resolve_envvar_value(ctx) if value is None else value

    def get_error_hint(self, ctx: click.Context | None) -> str:
        hint = super().get_error_hint(ctx)
        from_environment = ctx is not None and ctx.get_parameter_source(self.name) == ParameterSource.ENVIRONMENT
        return f"{hint} (from {self.envvar})" if from_environment else hint


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="lokakarya")
@click.option(
    "--outputs",
    cls=_EnvironmentOption,
    type=_OutputsFolder(file_okay=False, path_type=Path),
    default=Path("outputs"),
    show_default=True,
    envvar="LOKAKARYA_OUTPUTS",
    help="Folder that holds one folder per day.",
)
@click.pass_context
def cli(ctx: click.Context, outputs: Path) -> None:
    """Turn a recorded workshop day into a transcript, speakers, topics and a report comparison."""
    from pipeline.system.models import libraries_kept_quiet

    ctx.obj = outputs
    _show_warnings()
    libraries_kept_quiet()


def _say(line: str, err: bool = False) -> None:
    """Print one line of ours as `printable` shows it: a name from a config, an artifact or the
    archive tables (a speaker, a title, a folder) cannot act on the terminal or forge a line."""
    _echo(printable(line), err)


def _echo(text: str, err: bool = False) -> None:
    """Print text to standard output, or error.  Output that cannot be written (the reader of the
    pipe stopped, a full disk) stops the command (OutputLost); stderr that cannot is let go, with
    nothing more said there: a warning is no reason to stop a run."""
    try:
        click.echo(text, err=err)
    except OSError as exc:
        if not err:
            raise OutputLost(exc) from None
        _let_go(sys.stderr)


class _WarningEcho(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        _say(f"Warning: {record.getMessage()}", err=True)


def _show_warnings() -> None:
    """Stages log what the user should know but need not stop for; print it as 'Warning: …'."""
    log = logging.getLogger("lokakarya")
    if not any(isinstance(h, _WarningEcho) for h in log.handlers):
        log.addHandler(_WarningEcho(logging.WARNING))
        log.propagate = False


def _say_each(lines: Generator[str, None, None]) -> None:
    """Print each line as the work yields it.  A line that cannot be printed (standard output
    gone), or a Ctrl-C while it is, is handed back to that work (`throw`), which says where it
    stopped and raises it again."""
    for line in lines:
        try:
            _say(line)
        except BaseException as exc:
            lines.throw(exc)


def _stage_command(stage: Stage, name: str | None = None) -> click.Command:
    """The command that runs one stage; under an old name it says the new one and is not listed."""

    @click.pass_obj
    def command(outputs: Path, config: Path) -> None:
        from pipeline.runner import day_of, run_stage

        if name is not None:
            _say(
                f"Warning: `lokakarya {name}` is now `lokakarya {stage.name}`; the old name goes in the next release",
                err=True,
            )
        day, paths = day_of(config, outputs)
        run_stage(stage, day, paths)
        _say(f"{stage.name}: wrote {stage.artifact(paths)}")

    return config_argument(
        click.command(
            name or stage.name, cls=_Command, help=stage.help, short_help=stage.short_help, hidden=name is not None
        )(command)
    )


for _stage in STAGES:
    cli.add_command(_stage_command(_stage))
for _old, _new in RENAMED_STAGES.items():
    cli.add_command(_stage_command(STAGES[STAGE_NAMES.index(_new)], _old))


def _stage_name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value in RENAMED_STAGES:
        _say(f"Warning: stage '{value}' is now '{RENAMED_STAGES[value]}'", err=True)
        return RENAMED_STAGES[value]
    if value is not None and value not in STAGE_NAMES:
        raise click.BadParameter(f"'{value}' is not one of {', '.join(STAGE_NAMES)}")
    return value


force_option = click.option(
    "--force",
    "force_from",
    metavar=f"[{'|'.join(STAGE_NAMES)}]",
    default=None,
    callback=_stage_name,
    help="Rerun this stage and every stage after it.",
)


@cli.command(short_help="Run every stage that is not up to date.")
@config_argument
@force_option
@click.option(
    "--serial",
    is_flag=True,
    help="Do the voice analysis and the listening copy after the transcription, not beside it: "
    "slower, with the memory of one stage at a time.",
)
@click.pass_obj
def run(outputs: Path, config: Path, force_from: str | None, serial: bool) -> None:
    """Run every stage in order, skipping those whose artifacts are up to date; then rebuild the
    archive tables over every day in the outputs folder."""
    from pipeline.runner import day_of, run_day_and_archive

    day, paths = day_of(config, outputs, check=False)  # run_day checks, recording a failure
    _say_each(run_day_and_archive(day, paths, outputs, force_from, beside=not serial))


@cli.command(short_help="Run many days in parallel.")
@click.argument(
    "configs", nargs=-1, required=True, type=click.Path(path_type=Path), callback=_named
)  # each judged as its day
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Local Dask workers (default: one per two cores)."
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    callback=_scheduler_given,
    help="Send the days to a running Dask scheduler instead, e.g. tcp://127.0.0.1:8786.",
)
@force_option
@click.pass_obj
def batch(
    outputs: Path, configs: tuple[Path, ...], workers: int | None, scheduler: str | None, force_from: str | None
) -> None:
    """Run many days in parallel; a failing day does not stop the others."""
    from pipeline.batch import days_given, run_batch

    outcomes, archive_error = run_batch(
        days_given(list(map(str, configs))), outputs, scheduler, workers, force_from, progress=sys.stderr.isatty()
    )
    for outcome in outcomes:
        for warning in outcome.warnings:
            _say(f"Warning: {warning}", err=True)
        _say(outcome.line())
    if archive_error is not None:
        raise archive_error  # one line, as any error (_Group.invoke)
    _say(f"index: {outputs / 'index.parquet'}, {outputs / 'index.csv'}, {outputs / 'index.html'}")
    if any(outcome.status == "failed" for outcome in outcomes):
        raise SystemExit(1)


@cli.command(short_help="Rebuild the archive tables and outputs/index.html.")
@click.option(
    "--language", type=click.Choice(["id", "en"]), default="id", show_default=True, help="The index page's language."
)
@click.option(
    "--meaning",
    is_flag=True,
    help="Also have the sentence encoder read each day's utterances (about 30 s a 2-hour day; only the days "
    "changed since), so that search finds them said in other words.",
)
@click.pass_obj
def tables(outputs: Path, language: str, meaning: bool) -> None:
    """Rebuild the archive tables and outputs/index.html from the day folders, running no stage
    (after a stage run alone, which leaves them as they were)."""
    from pipeline.index import refresh_tables, refuse_days_left_out

    index = refresh_tables(outputs, language)
    unreadable = int((index["status"] == "unreadable").sum())  # rows that name why, with no figures
    beside = f", {unreadable} of them unreadable (named above)," if unreadable else ""
    _say(
        f"tables: {len(index)} day(s){beside} in {outputs / 'index.parquet'} and the others; "
        f"page: {outputs / 'index.html'}"
    )
    if meaning:  # after the tables, outside their lock: runs ending meanwhile need not wait minutes
        from pipeline.search import make_meaning_vectors

        for line in make_meaning_vectors(outputs):
            _say(f"tables --meaning: {line}", err=True)
    refuse_days_left_out(index)


@cli.command(short_help="Find where words are said in the archive.")
@click.argument("query")
@click.option("--day", "day_id", metavar="ID", help="Only this day (in any capitals where only one is so spelt).")
@click.option(
    "--speaker",
    metavar="NAME",
    help="Only speakers in whose name each word of NAME begins a word ('ayu' finds Dr. Ayu Larasati, not Bayu); "
    "where none, the one person whose name it misspells (a vowel or an h put in or left out, two letters "
    "swapped; 'Bayu' is no Ayu); that person under every spelling the days give them (Soekarno, Sukarno).",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=SEARCH_LIMIT, show_default=True, help="How many places to print."
)
@click.option("--json", "as_json", is_flag=True, help="Print the matches as a JSON list.")
@click.option(
    "--words-only",
    is_flag=True,
    help="Leave out the utterances found by meaning (said in other words: `lokakarya tables --meaning`).",
)
@click.pass_obj
def search(
    outputs: Path, query: str, day_id: str | None, speaker: str | None, limit: int, as_json: bool, words_only: bool
) -> None:
    """Find QUERY in every day's transcript (case, accents and ASR spelling forgiven), and where the
    days have vectors of their utterances, said in other words."""
    from pipeline.search import search_archive
    from pipeline.text.formats import quoted

    hits = search_archive(outputs, query, day_id, speaker, limit, words_only)
    if as_json:
        _echo(json.dumps([hit.as_dict() for hit in hits], ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            for line in hit.lines():
                _say(line)
    if not hits:
        if not as_json:
            _say(f"no matches for {quoted(query)}", err=True)
        raise SystemExit(1)


@cli.command(short_help="Check this machine: Python, models, disk, network.")
@click.option(
    "--network/--no-network",
    default=True,
    show_default=True,
    help="Also try to reach YouTube (the only check that leaves this machine).",
)
@click.pass_obj
def doctor(outputs: Path, network: bool) -> None:
    """Check Python, the decoder, the models, disk space and the network; one line each."""
    from pipeline.doctor import any_required_failed, run_checks

    checks = run_checks(outputs, network)
    for check in checks:
        _say(check.line())
    if any_required_failed(checks):
        raise SystemExit(1)


@cli.command(short_help="Check a day config and its files; run nothing.")
@config_argument
def validate(config: Path) -> None:
    """Check a day config and the files it names, without running anything."""
    from pipeline.preflight import validated

    _say(validated(config))


def main() -> None:
    """The `lokakarya` command.  A stop (Ctrl-C, SIGTERM, SIGHUP), once recorded and said, ends the
    process at once: the decoder's threads may still be inside a piece, and the interpreter's exit
    freed the model under them (a segmentation fault or an abort after the message, in 4 of 4
    interrupts of a transcription).  A Ctrl-C once the command has ended is ignored while the
    interpreter shuts down (0.15 s after `search` prints): it had killed the process without a word,
    its status Ctrl-C's, after its work was done and said (Python gives a handler back to the
    default as it shuts down, an ignored signal stays ignored); SIGTERM still ends a shut-down that hangs."""
    try:
        cli(prog_name="lokakarya")
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else 0 if done.code is None else 1
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(AttributeError, OSError, ValueError):
                stream.flush()
        if isinstance(done, _Stopped):
            os._exit(status)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise


if __name__ == "__main__":  # `python -m pipeline.cli`, as `python -m pipeline`
    main()
