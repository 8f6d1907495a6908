# The README's two set-up commands: `make demo` and `make test`. Both build .venv here.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	# A fresh venv's pip 23 trips over lxml[html-clean]: upgrade it first.
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

$(VENV)/.bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	touch $@

demo: $(STAMP)
	$(BIN)/python -m svodka.demo

test: $(STAMP)
	$(BIN)/ruff check svodka tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check svodka tests bench
	$(BIN)/mypy

bench: $(VENV)/.bench
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_dates.py
	OMP_NUM_THREADS=1 $(BIN)/python bench/bench_entities.py
	OMP_NUM_THREADS=1 $(BIN)/python bench/bench_enrich.py
	$(BIN)/python bench/bench_quotes.py
	$(BIN)/python bench/bench_agreement.py
	$(BIN)/python bench/bench_times.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
