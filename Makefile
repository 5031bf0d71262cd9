# The two commands: `make demo` and `make test`. Each builds its own .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint eval clean chromium seccomp proper-words

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

DEMO_QUERIES := credits adaptation-chain awards release-timeline box-office disagreements summary

demo: $(STAMP) seccomp
	$(BIN)/lookback-kg build --out out
	$(BIN)/lookback-kg validate out/graph.trig -o out/validation.txt
	$(BIN)/lookback-kg validate out/graph.trig --format turtle -o out/validation.ttl
	$(BIN)/lookback-kg export --graph out/graph.trig --format jsonld -o out/graph.jsonld
	$(BIN)/lookback-kg export --graph out/graph.trig --format nquads -o out/graph.nq
	$(BIN)/lookback-kg export --graph out/graph.trig --format graphml -o out/graph.graphml
	$(BIN)/lookback-kg plot --graph out/graph.trig -o out/network.png
	$(BIN)/lookback-kg plot --graph out/graph.trig -o out/network.svg
	$(BIN)/lookback-kg plot --graph out/graph.trig -o out/network.html
	$(BIN)/lookback-kg plot --graph out/graph.trig -o docs/network.png
	for q in $(DEMO_QUERIES); do \
	  $(BIN)/lookback-kg query $$q --graph out/graph.trig --format markdown -o out/queries/$$q.md || exit 1; \
	done

test: $(STAMP) chromium seccomp
	$(BIN)/ruff check .
	$(BIN)/pytest

# The interactive page is tested in a real headless Chromium (Debian's), installed here when
# missing and when we are root; without it that one test skips and says why.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser test"; \
	    { apt-get update -q >/dev/null && \
	      DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } || \
	    echo "WARNING: installing chromium failed: the browser test will skip"; \
	  else echo "WARNING: chromium is missing and cannot be installed here: the browser test will skip"; fi; }

# The worker that reads input cannot open network sockets: a seccomp filter through libseccomp
# (Debian's libseccomp2, on nearly every system already). Installed here when missing and root.
seccomp:
	@ldconfig -p 2>/dev/null | grep -q 'libseccomp\.so\.2' || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's libseccomp2 for the worker's network filter"; \
	    apt-get update -q >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q libseccomp2 >/dev/null; \
	  else echo "ERROR: libseccomp2 is missing: install it (or set LOOKBACK_KG_SANDBOX=off)"; exit 1; fi; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

eval: $(STAMP)
	$(BIN)/python bench/extraction_quality.py

clean:
	rm -rf $(VENV) out

# The common words that cased articles capitalise (read by extract/casing.py for texts written
# all in lower case); made again after the dev fixtures change.
proper-words: $(STAMP)
	$(BIN)/python -c "from lookback_kg.extract import casing; casing.main(['tests/fixtures/articles', 'tests/fixtures/dev/articles'])"
