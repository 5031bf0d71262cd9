"""The `lookback-kg` command: a thin layer over the library.

Each command parses its options, calls one library function and prints or writes. A
LookbackError becomes `error: ...` and exit code 2 here, in one place; `--debug` shows the
traceback instead.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings
from pathlib import Path

import click

from lookback_kg import __version__, limits
from lookback_kg.errors import LookbackError, LookbackWarning, OutputError

EXIT_BAD_INPUT = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lookback-kg")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn what articles say about a film into an evidence-carrying knowledge graph."""
    ctx.obj = {"debug": debug}


def _remember_graph_format(ctx: click.Context, _param: click.Parameter, value: str | None):
    ctx.ensure_object(dict)["graph_format"] = value
    return value


GRAPH_FORMAT_OPTION = click.option(
    "--graph-format",
    type=click.Choice(["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"]),
    expose_value=False,
    callback=_remember_graph_format,
    help="Format of the graph files, when their extension does not say it.",
)
_GRAPH_FILES = click.option(
    "--graph",
    "graphs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Graph file (.ttl .nt .nq .trig .rdf .jsonld; repeatable; "
    "default: the build of data/articles/).",
)


def GRAPH_OPTION(command):
    """--graph FILE ... and --graph-format, for every command that reads graphs."""
    return _GRAPH_FILES(GRAPH_FORMAT_OPTION(command))


def _remember_limit(ctx: click.Context, param: click.Parameter, value):
    ctx.ensure_object(dict)[param.name] = value
    return value


_TIMEOUT = click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=None,
    expose_value=False,
    callback=_remember_limit,
    help="Stop after this many seconds (default 60, or LOOKBACK_KG_TIMEOUT; 0 for no limit).",
)
_MAX_MEMORY = click.option(
    "--max-memory",
    default=None,
    expose_value=False,
    callback=_remember_limit,
    metavar="SIZE",
    help="Stop once the work takes this much memory, e.g. 512M (default 4G, or "
    "LOOKBACK_KG_MAX_MEMORY; 0 for no cap).",
)


def LIMIT_OPTIONS(command):
    """--timeout and --max-memory, for every command: its work runs in a worker with both
    limits and no network."""
    return _TIMEOUT(_MAX_MEMORY(command))


def _limited(what: str, work):
    """Run the command's work (reading, computing, rendering) in the limited, sandboxed
    worker; writing the answer stays here, in the parent."""
    from lookback_kg.limits import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT, run_limited

    options = click.get_current_context().obj or {}
    timeout = options.get("timeout")
    timeout = DEFAULT_TIMEOUT if timeout is None else (timeout or None)
    memory = options.get("max_memory")
    return run_limited(
        work,
        timeout=timeout,
        what=what,
        max_memory=DEFAULT_MAX_MEMORY if memory is None else memory,
    )


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "--explain",
    is_flag=True,
    help="Print why instead: the film and its rival candidates, sections, names dropped.",
)
@LIMIT_OPTIONS
def extract(article: Path, explain: bool) -> None:
    """Print the facts one ARTICLE states, as JSON Lines, for review.

    Example: lookback-kg extract data/articles/look-back-hen.txt --explain
    """
    from lookback_kg.articles import read_article
    from lookback_kg.export import fact_record
    from lookback_kg.extract import explain as explain_article
    from lookback_kg.extract import extract_facts

    def work() -> str:
        if explain:
            return explain_article(read_article(article)).text()
        facts = extract_facts(read_article(article))
        return "".join(
            json.dumps(fact_record(fact), ensure_ascii=False, sort_keys=True) + "\n"
            for fact in facts
        )

    click.echo(_limited(f"extracting {article}", work), nl=False)


@cli.command()
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Folder for graph.trig, graph.ttl, graph.nt and facts.jsonl.",
)
@LIMIT_OPTIONS
def build(articles: tuple[Path, ...], out: Path) -> None:
    """Build the graph from ARTICLES (default: every article in data/articles/).

    Example: lookback-kg build data/articles/look-back-hen.txt --out out
    """
    from lookback_kg.export import build_outputs, write_folder
    from lookback_kg.pipeline import build as run_build

    def work() -> tuple[str, dict[str, bytes]]:
        result = run_build(articles or None)
        summary = (
            f"{len(result.articles)} articles, {len(result.facts)} facts, "
            f"{result.entities} entities, {result.triples} triples"
        )
        return summary, build_outputs(result.dataset, result.facts)

    summary, outputs = _limited("the build", work)
    written = write_folder(out, outputs)
    click.echo(summary)
    for path in written:
        click.echo(f"wrote {path}")


class _ValidationFailed(click.exceptions.Exit):
    """Exit 1: the graph does not conform at the chosen level (not an input error)."""


@cli.command()
@click.argument("graphs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--shapes", type=click.Path(path_type=Path), help="Shapes file (default: ours).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json", "turtle"]),
    default="table",
    show_default=True,
    help="How to print the report.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["violation", "warning"]),
    default="violation",
    show_default=True,
    help="Exit 1 on findings at this level or worse.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the report here.")
@LIMIT_OPTIONS
@GRAPH_FORMAT_OPTION
def validate(
    graphs: tuple[Path, ...],
    shapes: Path | None,
    output_format: str,
    fail_on: str,
    output: Path | None,
) -> None:
    """Check GRAPHS (.ttl/.nt/.nq/.trig; default: the build of data/articles/) against the shapes.

    Exit 0 when the graph conforms at the --fail-on level, 1 when not, 2 for bad input.

    Example: lookback-kg validate out/graph.trig --format table --fail-on warning
    """
    from lookback_kg.validate import Severity, load_shapes
    from lookback_kg.validate import validate as run_validation

    level = Severity.WARNING if fail_on == "warning" else Severity.VIOLATION
    graph_format = _graph_format()

    def work() -> tuple[str, bool]:
        shapes_graph = load_shapes(shapes)
        report = run_validation(_dataset(graphs, graph_format), shapes_graph)
        if output_format == "json":
            text = report.to_json() + "\n"
        elif output_format == "turtle":
            text = report.to_graph().serialize(format="turtle")
        else:
            text = report.to_table()
        return text, report.fails(level)

    text, fails = _limited("validation", work)
    if output is None:
        click.echo(text, nl=False)
    else:
        from lookback_kg.export import write_atomic

        write_atomic(output, text.encode("utf-8"))
        click.echo(f"wrote {output}")
    if fails:
        raise _ValidationFailed(1)


@cli.command()
@click.argument("query", required=False)
@click.option("--list", "list_only", is_flag=True, help="List the named queries and stop.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a parameter.")
@GRAPH_OPTION
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "tsv", "json", "markdown"]),
    default="table",
    show_default=True,
    help="json is the SPARQL 1.1 Query Results JSON format.",
)
@click.option(
    "--engine", type=click.Choice(["rdflib", "oxigraph"]), default="rdflib", show_default=True
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write the answer here.")
@click.option(
    "--raw",
    is_flag=True,
    help="csv/tsv: keep cells that start with = + - @ as they are (default: prefixed with ' "
    "so a spreadsheet does not run them as formulas).",
)
@LIMIT_OPTIONS
def query(
    query: str | None,
    list_only: bool,
    params: tuple[str, ...],
    graphs: tuple[Path, ...],
    output_format: str,
    engine: str,
    output: Path | None,
    raw: bool,
) -> None:
    """Answer QUERY: a named query, a .rq file or SPARQL text.

    Examples: lookback-kg query --list;
    lookback-kg query credits --param film="Look Back" --format markdown;
    lookback-kg query 'SELECT ?s WHERE { ?s a schema:Movie }' --engine oxigraph
    """
    from lookback_kg.query import QueryError, list_queries, run_query

    if list_only:
        for named in list_queries():
            shown = " ".join(
                f"{p.name}=<{p.kind}>" if p.required else f"[{p.name}=<{p.kind}>]"
                for p in named.parameters
            )
            click.echo(f"{named.name} {shown}".rstrip())
            click.echo(f"    {named.description}")
        return
    if not query:
        raise QueryError("give a query name, a .rq file or SPARQL text (or --list)")
    bound = {}
    for param in params:
        name, equals, value = param.partition("=")
        if not equals or not name:
            raise QueryError(f"--param {param!r}: write it as NAME=VALUE")
        bound[name] = value
    graph_format = _graph_format()

    def work() -> bytes:
        dataset = _dataset(graphs, graph_format)
        result = run_query(dataset, query, engine=engine, **bound)
        return result.render(output_format, raw=raw).encode("utf-8")

    _emit(_limited("the query", work), output)


@cli.command()
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "graphml"]),
    default="turtle",
    show_default=True,
)
@GRAPH_OPTION
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="Write here (default: stdout)."
)
@LIMIT_OPTIONS
def export(export_format: str, graphs: tuple[Path, ...], output: Path | None) -> None:
    """Export the graph: TriG and N-Quads keep one named graph per source; Turtle, N-Triples
    and JSON-LD are the merged graph; GraphML is the entity network for Gephi or Cytoscape.

    Example: lookback-kg export --format jsonld -o out/graph.jsonld
    """
    from lookback_kg.export import export_bytes

    graph_format = _graph_format()
    work = lambda: export_bytes(_dataset(graphs, graph_format), export_format)  # noqa: E731
    _emit(_limited("the export", work), output)


@cli.command()
@GRAPH_OPTION
@click.option("--source", help="Draw what one source says (its file name, label or IRI).")
@click.option("--focus", help="Draw only the entities around this one (by label).")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True)
@click.option("--size", type=click.Choice(["readme", "slide"]), default="readme", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("out/network.png"),
    show_default=True,
    help=".png, .svg or .html (an interactive page that works offline).",
)
@LIMIT_OPTIONS
def plot(
    graphs: tuple[Path, ...],
    source: str | None,
    focus: str | None,
    depth: int,
    size: str,
    output: Path,
) -> None:
    """Draw the entity network as a picture or an interactive page.

    Examples: lookback-kg plot -o out/network.png;
    lookback-kg plot --focus "Kiyotaka Oshiyama" --depth 2 -o oshiyama.svg;
    lookback-kg plot --source look-back-hen -o out/network.html
    """
    from lookback_kg.analysis import neighbourhood
    from lookback_kg.network import to_networkx
    from lookback_kg.plot import format_of, html_bytes, picture_bytes

    image_format = format_of(output)
    graph_format = _graph_format()

    def work() -> bytes:
        dataset = _dataset(graphs, graph_format)
        network = to_networkx(dataset, source=source)
        if focus:
            network = neighbourhood(network, focus, depth)
        title = (
            f"{focus} and its neighbours" if focus else (f"What {source} says" if source else "")
        )
        if image_format == "html":
            return html_bytes(dataset, network, title)
        return picture_bytes(network, image_format, size=size, title=title or None)

    _emit(_limited("the picture", work), output)


def _emit(data: bytes, output: Path | None) -> None:
    """To stdout, or atomically to a file."""
    if output is None:
        try:
            click.echo(data.decode("utf-8"), nl=False)
            sys.stdout.flush()
        except BrokenPipeError:  # `lookback-kg export | head`: the reader has had enough
            sys.stdout = None  # type: ignore[assignment]  # nothing more to flush at exit
        except OSError as exc:
            raise OutputError(f"cannot write to standard output: {exc.strerror}") from None
        return
    from lookback_kg.export import write_atomic

    write_atomic(output, data)
    click.echo(f"wrote {output}", err=True)


def _graph_format() -> str | None:
    return (click.get_current_context().obj or {}).get("graph_format")


def _dataset(graphs: tuple[Path, ...], graph_format: str | None):
    """The graphs given, or the build of the bundled articles (cached, rebuilt when stale)."""
    if graphs:
        from lookback_kg.load import load_graph_files

        return load_graph_files(graphs, graph_format)
    from lookback_kg.pipeline import bundled_dataset

    return bundled_dataset()


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (used by tests in-process)."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    # rdflib logs a traceback for every ill-typed literal; loading warns once per value instead
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    limits.show_worker_output = debug
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            code = cli.main(args=argv, prog_name="lookback-kg", standalone_mode=False)
    except LookbackError as error:
        if debug:
            raise
        click.echo(f"error: {error}", err=True)
        return EXIT_BAD_INPUT
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:  # a bad option: one line too, with the way to help
        hint = ""
        if isinstance(error, click.UsageError) and error.ctx is not None:
            hint = f" (see {error.ctx.command_path} --help)"
        click.echo(f"error: {error.format_message()}{hint}", err=True)
        return EXIT_BAD_INPUT
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    return code if isinstance(code, int) else 0  # click returns an Exit's code here


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Our warnings as one line (`warning: FILE:LINE: ...`); others as Python shows them."""
    if issubclass(category, LookbackWarning):
        click.echo(f"warning: {message}", err=True)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())
