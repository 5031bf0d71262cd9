"""Shared fixtures: the bundled build's cache goes to a temporary folder, never to ~/.cache."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOOKBACK_KG_CACHE", str(folder))
        yield folder
