# Two entry points (see README, Quick start): `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup lint audit browser java r docs fuzz screenshots

$(BIN)/hague: pyproject.toml src/hague/meta.py
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[all,dev]'
	touch $@

VENDOR := src/hague/web/static/vendor

# Browser libraries and the world map come from the npm registry at setup, never a CDN.
# axe-core is the browser tests' accessibility checker (tests/web/test_accessibility.py).
$(VENDOR)/.stamp: web/package.json web/package-lock.json
	npm ci --prefix web --no-audit --no-fund --silent
	mkdir -p $(VENDOR)
	cp web/node_modules/d3-array/dist/d3-array.min.js web/node_modules/d3-geo/dist/d3-geo.min.js \
	   web/node_modules/topojson-client/dist/topojson-client.min.js \
	   web/node_modules/world-atlas/countries-50m.json \
	   web/node_modules/swagger-ui-dist/swagger-ui-bundle.js web/node_modules/swagger-ui-dist/swagger-ui.css \
	   web/node_modules/axe-core/axe.min.js $(VENDOR)/
	cp web/node_modules/world-atlas/LICENSE $(VENDOR)/world-atlas-LICENSE
	touch $@

# Bytecode compiled ahead, as pip does for an installed wheel: start-up stays fast where
# PYTHONDONTWRITEBYTECODE is set (then Python cannot cache what it compiles).
setup: $(BIN)/hague $(VENDOR)/.stamp
	$(BIN)/python -m compileall -q src/hague

run: setup
	$(BIN)/hague serve

# Browser tests drive Debian's Chromium (headless); install it when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium; }

# The README's screenshots: each view in each language, redrawn into docs/screenshots/{view}-{lang}.png.
screenshots: setup browser
	$(BIN)/python scripts/screenshots.py

# The Spark test runs a local Spark session, which needs a Java runtime.
java:
	@command -v java >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q default-jre-headless; }

# The R workflow (docs/workflows/panel.R, run by tests/test_workflows.py) needs R and haven,
# from Debian (r-cran-arrow is not packaged there: the script reads the .rds and the .dta).
r:
	@{ command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(haven)' >/dev/null 2>&1; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends \
	    r-base-core r-cran-haven; }

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

# Known vulnerabilities in the installed dependencies fail the build (scripts/audit.py says
# how many packages it could check: the vulnerability data may be out of reach).
audit: setup
	$(BIN)/python scripts/audit.py

# The API reference, from the docstrings of the public modules. Any warning fails but pdoc's
# "Found X in __all__, but it does not resolve": names loaded on first use (hague.Ledger,
# hague.registry's) are documented where they are defined; tests/test_library.py checks
# that every name in __all__ resolves.
DOCS := hague hague.errors hague.jurisdiction hague.ledger hague.registry hague.claims hague.bulk hague.trace
docs: setup
	rm -rf build/docs
	$(BIN)/python -W error -W "ignore:Found '" \
	  -m pdoc --docformat markdown -o build/docs $(DOCS)
	@echo "API reference in build/docs/index.html"

# Property-based fuzzing at depth: 100,000 hypothesis cases over every parser and 2,000 schemathesis
# requests per API operation (`make test` runs 150 and 25); hypothesis prints each test's count.
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz HAGUE_FUZZ_API_CASES=2000 $(BIN)/pytest tests/fuzz -q -p no:cacheprovider \
	  --hypothesis-show-statistics

test: lint audit docs browser java r
	$(BIN)/hague validate
	$(BIN)/pytest
