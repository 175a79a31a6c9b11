# The README's commands. `make demo` and `make test` set themselves up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint types unit bench clean

# The modules every page goes through, compiled to C by mypyc (from the locked mypy): the same code
# and output, about 1.3x faster. Compiled modules sit beside their sources in src/; newstally
# refuses to import when a source is newer than its compiled module (see src/newstally/__init__.py).
HOT := $(filter-out %/__init__.py %/html.py,$(wildcard src/newstally/clean/*.py)) $(wildcard src/newstally/figures/*.py)
COMPILED := $(VENV)/.compiled

install: $(STAMP) $(COMPILED)

# Rebuilt whenever the lock file or the project metadata changes.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# Recompiled whenever a hot source changes. The compiled modules are touched afterwards because
# an unchanged module is copied from build/ with its old time. Without a C compiler the sources run
# as they are, slower, and the benchmarks say so.
$(COMPILED): $(STAMP) $(HOT)
	@echo "mypyc: compiling $(words $(HOT)) modules (about a minute; log in build/mypyc.log)"
	@mkdir -p build
	@if MYPY_CACHE_DIR=build/mypyc-cache $(BIN)/mypyc $(HOT) > build/mypyc.log 2>&1; then \
		find src -name '*.so' -exec touch {} +; \
	else \
		tail -5 build/mypyc.log; find src -name '*.so' -delete; \
		echo "mypyc failed (log in build/mypyc.log): newstally runs from its sources, about 1.3x slower"; \
	fi
	@touch $(COMPILED)

demo: install
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/newstally ingest examples/corpus --db demo.db || [ $$? -eq 2 ]  # 2: some pages failed, reported above
	$(BIN)/newstally serve --db demo.db

test: lint types unit

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

types: install
	$(BIN)/mypy src

unit: install
	$(BIN)/pytest

bench: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build src/*.egg-info
	find src -name '*.so' -delete
