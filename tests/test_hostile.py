"""Hostile and broken input: every refusal is one line naming the file, exit 2, nothing
written, and - with a listener on 127.0.0.1 recording connections - nothing fetched."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import refused
from lookback_kg.cli import run
from lookback_kg.errors import LookbackError
from lookback_kg.export import write_atomic
from lookback_kg.limits import TimeLimitError
from lookback_kg.load import FORMATS, load_graph_files
from lookback_kg.query import QueryError, run_query
from lookback_kg.validate import validate

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


class Listener:
    """A TCP server on 127.0.0.1 that records (and closes) every connection made to it."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections: list[tuple[str, int]] = []
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                connection, address = self.server.accept()
            except (TimeoutError, OSError):
                continue
            self.connections.append(address)
            connection.close()

    def stop(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


@pytest.fixture
def listener():
    server = Listener()
    yield server
    server.stop()
    assert server.connections == [], "something connected out"


@pytest.fixture
def hostile(tmp_path, listener):
    """A fixture file with {PORT} filled in, in a folder of its own."""

    def make(name: str) -> Path:
        text = (HOSTILE / name).read_bytes().replace(b"{PORT}", str(listener.port).encode())
        target = tmp_path / name
        target.write_bytes(text)
        return target

    return make


# -------------------------------------------------------------------- the loading gate


def test_a_url_is_not_a_file(capsys, listener):
    url = f"http://127.0.0.1:{listener.port}/graph.ttl"
    refused(capsys, ["export", "--graph", url], "a URL: only local files are read")


def test_folders_fifos_and_devices_are_refused(capsys, tmp_path):
    refused(capsys, ["export", "--graph", str(tmp_path)], "not a regular file")
    fifo = tmp_path / "pipe.ttl"
    os.mkfifo(fifo)
    refused(capsys, ["export", "--graph", str(fifo)], "pipe.ttl: not a regular file")
    refused(capsys, ["validate", "/dev/zero", "--graph-format", "turtle"], "/dev/zero", "device")


@pytest.mark.parametrize("name", ["xxe-file.rdf", "xxe-http.rdf", "billion-laughs.rdf"])
def test_dtds_are_refused_before_parsing(capsys, hostile, tmp_path, name):
    out = tmp_path / "out.ttl"
    line = refused(capsys, ["export", "--graph", str(hostile(name)), "-o", str(out)], "a DTD")
    assert f"{name}:2:1:" in line
    assert not out.exists()


def test_plain_rdfxml_loads(hostile):
    dataset = load_graph_files([hostile("plain.rdf")])
    assert len(dataset) == 1 or len(list(dataset.quads())) == 1


@pytest.mark.parametrize(
    "name",
    [
        "context-remote.jsonld",
        "context-file.jsonld",
        "context-path.jsonld",
        "context-scoped.jsonld",
        "context-import.jsonld",
    ],
)
def test_jsonld_contexts_are_never_fetched_or_read(capsys, hostile, name):
    refused(capsys, ["export", "--graph", str(hostile(name))], name, "never fetched")


def test_the_shipped_context_is_used_by_its_url(hostile):
    from lookback_kg.vocab import ID, SDO

    dataset = load_graph_files([hostile("context-shipped.jsonld")])
    quads = {(s, p, o) for s, p, o, _ in dataset.quads()}
    assert (ID["film/look-back"], SDO.director, ID["person/kiyotaka-oshiyama"]) in quads


def test_a_syntax_error_midway_loads_nothing(capsys, tmp_path):
    good = HOSTILE / "iri-with-space.ttl"
    bad = HOSTILE / "syntax-error-midway.ttl"
    with pytest.raises(LookbackError, match=r"syntax-error-midway\.ttl:4"):
        load_graph_files([HOSTILE / "plain.rdf", bad, good])
    refused(
        capsys, ["export", "--graph", str(bad)], "syntax-error-midway.ttl:4:49: turtle syntax error"
    )


def test_bad_utf8_gives_line_and_column(capsys):
    refused(
        capsys, ["export", "--graph", str(HOSTILE / "latin1.ttl")], "latin1.ttl:3:44: not UTF-8"
    )


def test_iris_are_checked(capsys):
    refused(
        capsys,
        ["export", "--graph", str(HOSTILE / "iri-with-space.ttl")],
        "iri-with-space.ttl:3:1: turtle syntax error: Invalid IRI code point ' '",
    )


def test_relative_iris_are_refused(capsys, tmp_path):
    """Nothing to resolve them against but the place the file happens to be: refused."""
    triples = tmp_path / "relative.nt"
    triples.write_text("<https://e.org/a> <https://e.org/p> <b> .\n")
    refused(capsys, ["export", "--graph", str(triples)], "relative.nt:1:", "absolute IRI")


def test_deep_nesting_is_an_error_not_a_crash(capsys):
    refused(capsys, ["export", "--graph", str(HOSTILE / "deep-nesting.ttl")], "nested too deeply")


def test_long_lines_and_literals_are_read_by_a_linear_parser(tmp_path):
    """Oxigraph's parsers read what rdflib's took quadratic time over (long N-Quads lines,
    long multi-line Turtle literals, runs of escapes); bench/complexity.py times them."""
    literal = "x" * 1_100_000
    cases = {
        "long.nq": f'<https://e.org/a> <https://e.org/p> "{literal}" <https://e.org/g> .\n',
        "long.nt": f'<https://e.org/a> <https://e.org/p> "{literal}" .\n',
        "long.ttl": f'<https://e.org/a> <https://e.org/p> """{literal}\n{literal}""" .\n',
        "escapes.nt": '<https://e.org/a> <https://e.org/p> "' + "\\u0078" * 200_000 + '" .\n',
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text)
        value = str(next(iter(load_graph_files([path]).quads()))[2])
        assert set(value) <= {"x", "\n"} and len(value) >= 200_000, name


def test_size_limit_and_format_hints(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr("lookback_kg.load.MAX_RDF_BYTES", 100)
    refused(capsys, ["export", "--graph", str(HOSTILE / "deep-nesting.ttl")], "over the 100-byte")
    monkeypatch.undo()
    jsonish = tmp_path / "data.ttl"
    jsonish.write_text('{"@id": "https://e.org/a"}')
    refused(capsys, ["export", "--graph", str(jsonish)], "looks like jsonld", "--graph-format")
    refused(capsys, ["export", "--graph", str(HOSTILE / "README.md")], "unknown RDF file extension")


# -------------------------------------------------------------------- the query gate


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("service.rq", "SERVICE clause: refused"),
        ("service-file.rq", "SERVICE clause: refused"),
        ("from-remote.rq", "FROM or FROM NAMED: refused"),
        ("from-named-file.rq", "FROM or FROM NAMED: refused"),
        ("load.rq", "is an update"),
        ("update.rq", "is an update"),
    ],
)
@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_queries_that_reach_out_or_write_are_refused(capsys, hostile, name, expected, engine):
    path = hostile(name)
    refused(capsys, ["query", str(path), "--engine", engine], expected)
    with pytest.raises(QueryError, match=expected.split(":")[0]):
        run_query(load_graph_files([HOSTILE / "plain.rdf"]), path.read_text(), engine=engine)


RUNAWAY = {
    # rdflib's regex backtracks for ever on this pattern; Oxigraph's regex engine is linear,
    # so it gets a four-way cross join of the corpus (855^4 rows) instead
    "rdflib": [str(HOSTILE / "regex.rq"), "--graph", str(HOSTILE / "film-long-name.ttl")],
    "oxigraph": ["SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"],
}


@pytest.mark.parametrize("engine", sorted(RUNAWAY))
def test_a_runaway_query_is_stopped_at_its_limit(capsys, engine):
    start = time.perf_counter()
    argv = ["query", *RUNAWAY[engine], "--engine", engine, "--timeout", "2"]
    refused(capsys, argv, "ran past its 2-second limit and was stopped")
    assert time.perf_counter() - start < 30  # unstopped, it would run for hours


def test_ill_typed_literals_do_not_crash_queries(capsys):
    argv = ["query", str(HOSTILE / "year.rq"), "--graph", str(HOSTILE / "ill-typed.ttl")]
    code = run(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    errors = [line for line in captured.err.splitlines() if not line.startswith("warning: ")]
    assert code == 0 or (code == 2 and len(errors) == 1)
    assert "ill-typed.ttl:3: 'abc' is not a valid date" in captured.err


# -------------------------------------------------------------------- bounded validation


def test_owl_imports_are_not_followed(hostile, capsys):
    shapes = hostile("shapes-imports.ttl")
    graph = HOSTILE / "film-long-name.ttl"
    assert run(["validate", str(graph), "--shapes", str(shapes)]) == 0


def test_shapes_sparql_passes_the_query_gate(capsys, hostile):
    shapes = hostile("shapes-service.ttl")
    graph = HOSTILE / "film-long-name.ttl"
    refused(capsys, ["validate", str(graph), "--shapes", str(shapes)], "SERVICE clause: refused")


def test_a_runaway_pattern_is_stopped_at_the_limit(capsys):
    argv = [
        "validate",
        str(HOSTILE / "film-long-name.ttl"),
        "--shapes",
        str(HOSTILE / "shapes-regex.ttl"),
        "--timeout",
        "2",
    ]
    refused(capsys, argv, "validation ran past its 2-second limit")
    with pytest.raises(TimeLimitError):
        validate(
            load_graph_files([HOSTILE / "film-long-name.ttl"]),
            load_graph_files([HOSTILE / "shapes-regex.ttl"]).default_graph,
            timeout=1,
        )


# -------------------------------------------------------------------- nothing half-written


def test_an_interrupted_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("previous")

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new and complete")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]  # no temporary file left


def _kill_an_export_to(target: Path) -> None:
    """Start an export to `target`, and kill it a second later."""
    child = subprocess.Popen(
        [sys.executable, "-m", "lookback_kg", "export", "--format", "nquads", "-o", str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    child.send_signal(signal.SIGKILL)
    child.wait()


def test_a_killed_export_leaves_the_previous_output_whole(tmp_path):
    target = tmp_path / "graph.nq"
    target.write_text("previous")
    _kill_an_export_to(target)
    text = target.read_text()
    assert text == "previous" or text.endswith(" .\n")  # the old file, or the whole new one


def _processes_naming(text: str) -> list[int]:
    """The processes whose command line names `text` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_a_killed_command_leaves_no_worker_behind(tmp_path):
    """The command's worker dies with it: a killed export is not still running (or stuck on
    a full pipe with no reader) afterwards."""
    target = tmp_path / "left-behind.nq"
    _kill_an_export_to(target)
    for _ in range(50):  # a dying process takes a moment to leave /proc
        left = [pid for pid in _processes_naming(str(target)) if pid != os.getpid()]
        if not left:
            break
        time.sleep(0.1)
    for pid in left:
        os.kill(pid, signal.SIGKILL)  # (not to leave it to the next test)
    assert not left


# -------------------------------------------------------------------- arbitrary bytes


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400), extension=st.sampled_from(sorted(FORMATS)))
def test_arbitrary_bytes_give_a_graph_or_a_lookback_error(tmp_path, data, extension):
    path = tmp_path / f"input{extension}"
    path.write_bytes(data)
    try:
        load_graph_files([path])
    except LookbackError as error:
        assert "\n" not in str(error)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_arbitrary_text_in_turtle_files(tmp_path, text):
    path = tmp_path / "input.ttl"
    path.write_text("@prefix s: <https://schema.org/> .\n<https://e.org/a> s:name " + text)
    with contextlib.suppress(LookbackError):
        load_graph_files([path])


def test_public_functions_refuse_what_would_be_fetched(listener):
    url = f"http://127.0.0.1:{listener.port}/data.ttl"
    with pytest.raises(LookbackError, match="not str"):
        validate(url)
    with pytest.raises(LookbackError, match="not str"):
        validate(load_graph_files([HOSTILE / "plain.rdf"]), url)
    from lookback_kg.oxigraph import run_on_oxigraph
    from lookback_kg.query import NamedQuery

    service = NamedQuery.from_text("q", f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")
    with pytest.raises(QueryError, match="SERVICE"):
        run_on_oxigraph(load_graph_files([HOSTILE / "plain.rdf"]), service, {})


# -------------------------------------------------------------------- one text, checked and run


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("service-after-cr.rq", "SERVICE clause: refused"),
        ("service-in-a-name.rq", "SERVICE clause: refused"),
        ("service-escaped.rq", "SERVICE clause: refused"),
        ("service-in-string-escape.rq", "SERVICE clause: refused"),
        ("escape-of-escape.rq", "spells another escape"),
    ],
)
@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_query_text_is_checked_in_the_form_it_runs(capsys, hostile, name, expected, engine):
    text = hostile(name).read_bytes().decode("utf-8")  # as given on the command line: CR kept
    graph = HOSTILE / "labelled.ttl"
    refused(capsys, ["query", text, "--graph", str(graph), "--engine", engine], expected)
    with pytest.raises(QueryError, match=expected):
        run_query(load_graph_files([graph]), text, engine=engine)


def _answers(engine: str, text: str):
    """Rows as strings, or 'error', from one engine reading the text exactly as given."""
    import pyoxigraph as ox
    from rdflib import Graph

    data = (HOSTILE / "labelled.ttl").read_text()
    try:
        if engine == "rdflib":
            rows = Graph().parse(data=data, format="turtle").query(text)
            return sorted(tuple(str(v) for v in row) for row in rows)
        store = ox.Store()
        store.load(data, ox.RdfFormat.TURTLE)
        answer = store.query(text)
        return sorted(tuple(str(row[v].value) for v in answer.variables) for row in answer)
    except Exception:
        return "error"


TRICKY = {
    "cr": "SELECT ?l WHERE { ?s ?p ?l # c\r FILTER(?l = 'none') }",
    "crlf": "SELECT ?l WHERE { ?s ?p ?l # c\r\n FILTER(?l = 'none') }",
    "cr-at-end": "SELECT ?l WHERE { ?s ?p ?l } # c\r",
    "comment-at-end": "SELECT ?l WHERE { ?s ?p ?l } # c",
    "u2028": "SELECT ?l WHERE { ?s ?p ?l # c\u2028 FILTER(?l = 'none') \n}",
    "form-feed": "SELECT ?l WHERE { ?s ?p ?l # c\f FILTER(?l = 'none') \n}",
    "vertical-tab": "SELECT ?l WHERE {\v?s ?p ?l }",
    "next-line": "SELECT ?l WHERE { ?s ?p ?l # c\x85 FILTER(?l = 'none') \n}",
    "escape-outside-strings": "SELECT ?l WHERE { ?s ?p ?l FILTER(?l != 'x'\\u0029 }",
    "escape-inside-a-string": "SELECT ?l WHERE { ?s ?p ?l FILTER(?l = 'Look\\u0020Back') }",
    "escape-closing-a-string": "SELECT ?l WHERE { ?s ?p ?l FILTER(?l != 'a\\u0027) # ') }\n}",
    "escaped-cr-in-a-comment": "SELECT ?l WHERE { ?s ?p ?l # c\\u000D FILTER(?l = 'none') \n}",
    "long-string-with-cr": "SELECT ?l WHERE { ?s ?p ?l FILTER(?l != '''a\rb''') }",
    "hash-in-an-iri": "SELECT ?l WHERE { <https://example.org/film#x> ?p ?l }",
    "hash-after-a-prefixed-name": (
        "PREFIX e: <https://example.org/> SELECT ?l WHERE { e:film#x\r ?p ?l \n}"
    ),
    "less-than-before-a-hash": "SELECT ?l WHERE { ?s ?p ?l FILTER(1 <2) # >\r FILTER(false)\n}",
}


@pytest.mark.parametrize("case", sorted(TRICKY))
def test_both_engines_read_the_canonical_text_alike(case):
    """What rdflib (the gate) reads as code, Oxigraph (an engine) reads as code too, once the
    text is in canonical form: same answers, or both refuse."""
    from lookback_kg.query import canonical_text

    text = canonical_text(TRICKY[case])
    assert _answers("rdflib", text) == _answers("oxigraph", text)


def test_the_raw_texts_are_read_differently():
    """Without the canonical form the engines disagree: what the test above guards against."""
    assert _answers("rdflib", TRICKY["cr"]) != _answers("oxigraph", TRICKY["cr"])


# -------------------------------------------------------------------- shapes are code


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("shapes-prefix-namespace.ttl", "shapes-prefix-namespace.ttl:7: sh:namespace must be"),
        ("shapes-prefix-name.ttl", "shapes-prefix-name.ttl:5: sh:prefix must be"),
    ],
)
def test_shape_prefix_declarations_are_checked(capsys, hostile, name, expected):
    shapes = hostile(name)
    refused(capsys, ["validate", str(HOSTILE / "labelled.ttl"), "--shapes", str(shapes)], expected)
    graph = load_graph_files([shapes]).default_graph
    with pytest.raises(LookbackError, match="must be"):
        validate(load_graph_files([HOSTILE / "labelled.ttl"]), graph)


def test_the_query_pyshacl_finally_runs_passes_the_gate(listener):
    """The last gate, behind the declaration check: the text as pyshacl wrote it."""
    from rdflib import Graph

    from lookback_kg.validate import _PreparedQueryGraph

    view = _PreparedQueryGraph(Graph())
    url = f"http://127.0.0.1:{listener.port}/"
    text = f"PREFIX ex: <http://e.org/> SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}"
    with pytest.raises(QueryError, match="SHACL-SPARQL query in the shapes has a SERVICE"):
        view.query(text)


# -------------------------------------------------------------------- the worker's own limits


def test_the_worker_cannot_open_a_network_socket(listener):
    """Defence in depth: a SERVICE that no gate saw still cannot connect."""
    import pyoxigraph as ox

    from lookback_kg.limits import run_limited

    def ungated_service():
        store = ox.Store()
        service = (
            f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?a ?b ?c }} }}"
        )
        return list(store.query(service))

    def raw_connect():
        with socket.create_connection(("127.0.0.1", listener.port), timeout=2):
            return "connected"

    with pytest.raises(Exception, match=r"(?i)permission|denied"):
        run_limited(ungated_service, timeout=20, what="an ungated query")
    with pytest.raises(Exception, match="PermissionError"):
        run_limited(raw_connect, timeout=20, what="a connection")
    assert run_limited(lambda: socket.socketpair()[0].family.name, timeout=20, what="unix") == (
        "AF_UNIX"
    )


def test_work_past_its_memory_cap_is_a_clean_error(capsys):
    from lookback_kg.limits import MemoryLimitError, run_limited

    with pytest.raises(MemoryLimitError, match="more than its 200 MB"):
        run_limited(lambda: len(bytearray(400 * 2**20)), timeout=20, what="x", max_memory="200M")


# ---------------------------------------------------------------- one-line errors, whole outputs


def test_ill_typed_literals_warn_once_each_with_file_and_line(capsys):
    graph = HOSTILE / "ill-typed-values.ttl"
    assert run(["export", "--graph", str(graph), "--format", "ntriples"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err.splitlines() == [
        f"warning: {graph}:2: '2024-13-45' is not a valid date; kept as written, and queries "
        "comparing it may skip it",
        f"warning: {graph}:3: '1E+50000000' is not a valid decimal; kept as written, and "
        "queries comparing it may skip it",
    ]
    assert '"1E+50000000"^^' in captured.out  # as written, not fifty million digits


def test_a_number_too_long_for_python_is_an_error(capsys):
    refused(capsys, ["export", "--graph", str(HOSTILE / "huge-integer.jsonld")], "huge-integer")


def test_a_failed_build_leaves_the_previous_output_untouched(capsys, tmp_path):
    out = tmp_path / "out"
    article = Path(__file__).parents[1] / "data" / "articles" / "look-back-hen.txt"
    assert run(["build", str(article), "--out", str(out)]) == 0
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "graph.nt").unlink()
    (out / "graph.nt").mkdir()  # something in the way of one output
    (out / "graph.trig").write_bytes(b"previous")
    del before["graph.nt"]
    before["graph.trig"] = b"previous"
    refused(capsys, ["build", str(article), "--out", str(out)], "graph.nt: is a folder")
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging folder left


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_the_memory_cap_applies_to_commands(capsys, engine):
    """A sorted cross join of the corpus (730,000 rows) needs more than 500 MB on either engine:
    one line, not a Rust panic or Python's 'Exception ignored' noise. (At 300 MB the worker,
    which builds the corpus first, could meet the cap while still building, and hang.)"""
    argv = ["query", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?f", "--engine", engine]
    refused(capsys, [*argv, "--max-memory", "nonsense"], "memory limit 'nonsense'")
    # in a process of its own, as a user runs it: this one already holds what other tests built
    child = subprocess.run(
        [sys.executable, "-m", "lookback_kg", *argv, "--max-memory", "500M", "--timeout", "120"],
        capture_output=True,
        text=True,
    )
    assert child.returncode == 2
    assert child.stderr.splitlines() == [
        "error: the query needed more than its 500 MB of memory and was stopped; raise the cap "
        "with --max-memory (0 for none) or LOOKBACK_KG_MAX_MEMORY"
    ]


# -------------------------------------------------------------------- trusted nothing


def test_paths_are_checked_after_following_links(capsys, tmp_path):
    link = tmp_path / "environ.ttl"
    link.symlink_to("/proc/self/environ")
    refused(capsys, ["export", "--graph", str(link)], "environ.ttl: a device or system file")
    chain = tmp_path / "chain.nt"
    chain.symlink_to(link)
    refused(capsys, ["validate", str(chain)], "chain.nt: a device or system file")
    shapes = tmp_path / "zero.ttl"
    shapes.symlink_to("/dev/zero")
    refused(capsys, ["validate", "--shapes", str(shapes)], "zero.ttl: a device or system file")


# -------------------------------------------------------------------- the sweep


GRAPH_FIXTURES = sorted(
    p.relative_to(HOSTILE).as_posix()
    for p in HOSTILE.rglob("*")
    if p.suffix in FORMATS and not p.name.startswith("shapes-")
)
QUERY_FIXTURES = sorted(p.name for p in HOSTILE.glob("*.rq"))
SHAPES_FIXTURES = sorted(p.name for p in HOSTILE.glob("shapes-*.ttl"))


def _quiet(capsys, argv: list[str]) -> None:
    """Any exit but a crash: 0, 1 (does not conform) or 2 with one error line."""
    code = run(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err, captured.err
    errors = [line for line in captured.err.splitlines() if line.startswith("error: ")]
    assert code in (0, 1) or (code == 2 and len(errors) == 1), (code, captured.err)


@pytest.mark.parametrize("name", GRAPH_FIXTURES)
def test_no_graph_fixture_reaches_out_through_any_command(capsys, hostile, tmp_path, name):
    """The listener sees nothing, whatever the command and the engine."""
    target = hostile(name) if "/" not in name else HOSTILE / name
    graph = ["--graph", str(target)]
    for argv in (
        ["export", *graph, "--format", "turtle", "-o", str(tmp_path / "g.ttl")],
        ["export", *graph, "--format", "jsonld", "-o", str(tmp_path / "g.jsonld")],
        ["validate", str(target)],
        ["plot", *graph, "-o", str(tmp_path / "g.svg")],
        ["query", "summary", *graph],
        ["query", "summary", *graph, "--engine", "oxigraph"],
    ):
        _quiet(capsys, argv)


@pytest.mark.parametrize("name", QUERY_FIXTURES)
def test_no_query_fixture_reaches_out_on_either_engine(capsys, hostile, name):
    text = hostile(name).read_bytes().decode("utf-8")
    for engine in ("rdflib", "oxigraph"):
        _quiet(capsys, ["query", text, "--engine", engine, "--timeout", "5"])


@pytest.mark.parametrize("name", SHAPES_FIXTURES)
def test_no_shapes_fixture_reaches_out(capsys, hostile, name):
    shapes = str(hostile(name))
    _quiet(
        capsys, ["validate", str(HOSTILE / "labelled.ttl"), "--shapes", shapes, "--timeout", "5"]
    )


def test_query_parsing_and_extraction_run_under_the_time_limit(capsys, tmp_path):
    """Parsing a long query and reading a long article were outside any limit."""
    rows = '("a value") ' * 40_000  # about 6 s for rdflib to parse
    text = "SELECT * WHERE { ?s ?p ?o } VALUES (?o) { " + rows + "}"
    refused(capsys, ["query", text, "--timeout", "1"], "ran past its 1-second limit")
    article = tmp_path / "abbreviations.txt"
    article.write_text("source: urn:x:abbreviations\n\n" + "Ab. " * 100_000)
    refused(capsys, ["extract", str(article), "--timeout", "1"], "ran past its 1-second limit")


def test_limits_that_make_no_sense_are_one_line_errors(capsys, monkeypatch):
    refused(capsys, ["query", "summary", "--timeout", "nan"], "time limit nan")
    refused(capsys, ["query", "summary", "--timeout", "-1"], "'--timeout'", "--help")
    refused(capsys, ["query", "summary", "--max-memory", "99999999999T"], "more than any machine")
    refused(capsys, ["query", "summary", "--max-memory", "1K"], "too small to run anything")
    monkeypatch.setattr("lookback_kg.limits.DEFAULT_TIMEOUT", "abc")
    refused(capsys, ["query", "summary"], "time limit 'abc'", "LOOKBACK_KG_TIMEOUT")
    monkeypatch.undo()
    assert run(["query", "summary", "--timeout", "1e308", "--format", "csv"]) == 0  # no limit


def test_outputs_that_cannot_be_written_are_one_line_errors(capsys, tmp_path):
    refused(capsys, ["export", "-o", str(tmp_path)], "cannot write here: Is a directory")
    assert [p.name for p in tmp_path.iterdir()] == []  # no temporary file left
    child = subprocess.run(
        [sys.executable, "-m", "lookback_kg", "export"],
        stdout=open("/dev/full", "wb"),  # noqa: SIM115
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.returncode == 2
    assert child.stderr == "error: cannot write to standard output: No space left on device\n"


def test_the_validation_table_shows_terminal_codes_as_text(capsys):
    code = run(["validate", str(HOSTILE / "escape-codes.ttl")])
    out = capsys.readouterr().out
    assert code == 1 and "\x1b" not in out and "\x07" not in out
    assert "Look Back\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31m" in out
