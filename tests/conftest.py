"""Shared fixtures: the bundled build's cache goes to a temporary folder, never to ~/.cache;
and `refused`, the one check of what a refused input must give."""

import pytest

from lookback_kg.cli import run


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOOKBACK_KG_CACHE", str(folder))
        yield folder


def refused(capsys, argv: list[str], *expected: str) -> str:
    """Run the CLI: exit 2, one printable line on stderr holding every piece, no traceback,
    nothing on stdout."""
    assert run(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert "Traceback" not in captured.err
    assert lines[0].isprintable(), lines[0]  # no raw control character reaches the terminal
    for piece in expected:
        assert piece in lines[0], (piece, lines[0])
    assert captured.out == ""
    return lines[0]
