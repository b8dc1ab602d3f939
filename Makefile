# Two commands for a newcomer: `make run` (set up and start the dashboard) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

.PHONY: setup run test store
setup: $(STAMP)

store: $(STAMP)
	$(BIN)/python -m etl build --demo --if-missing

run: store
	$(BIN)/streamlit run dashboard.py

# Two workers or more (one per core): the suite is CPU-bound; Spark's tests stay together on one worker.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadgroup
