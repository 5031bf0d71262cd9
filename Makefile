# The two commands: `make demo` and `make test`. Each builds its own .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

DEMO_QUERIES := credits adaptation-chain awards release-timeline box-office disagreements summary

demo: $(STAMP)
	$(BIN)/lookback-kg build --out out
	$(BIN)/lookback-kg validate out/graph.trig -o out/validation.txt
	$(BIN)/lookback-kg validate out/graph.trig --format turtle -o out/validation.ttl
	$(BIN)/lookback-kg export --graph out/graph.trig --format jsonld -o out/graph.jsonld
	$(BIN)/lookback-kg export --graph out/graph.trig --format nquads -o out/graph.nq
	$(BIN)/lookback-kg export --graph out/graph.trig --format graphml -o out/graph.graphml
	for q in $(DEMO_QUERIES); do \
	  $(BIN)/lookback-kg query $$q --graph out/graph.trig --format markdown -o out/queries/$$q.md || exit 1; \
	done

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

eval: $(STAMP)
	$(BIN)/python bench/extraction_quality.py

clean:
	rm -rf $(VENV) out
