# Frontline — the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := run

ARTICLE   ?= articles/2012_Hama_offensive.md
SLUG      := $(basename $(notdir $(ARTICLE)))
MAPS_DIR  ?= maps/$(SLUG)
SWIFT     ?= swift
RELEASE   := $(shell pwd)/.build/release
# librsvg2-dev and libcairo2-dev rasterise the video frames; ffmpeg encodes them (and its ffprobe checks them).
APT_PACKAGES := pkg-config libproj-dev libgeos-dev libgdal-dev gdal-bin librsvg2-dev libcairo2-dev ffmpeg
# The PostGIS tests' throw-away server (Tests/postgis/cluster.sh); only `make check-postgis` needs them.
POSTGIS_PACKAGES := postgresql postgis
PIP_PACKAGES := geojson-validator

# apt_install: install the Debian packages given that are missing (as root), or say how to (as a user).
define apt_install
missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
if [ -n "$$missing" ]; then \
  if [ "$$(id -u)" = 0 ]; then \
    echo "installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
  else \
    echo "missing packages:$$missing"; echo "run:  sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; \
  fi; \
fi
endef

.PHONY: run test maps clean deps pip-deps build release gazetteer bench eval fuzz format lint check-qgis check-war client-deps postgis-deps check-postgis

## deps: install the system libraries (PROJ, GEOS, GDAL and its ogrinfo, librsvg and Cairo) and ffmpeg when missing.
deps:
	@$(call apt_install,$(APT_PACKAGES))

## pip-deps: the independent GeoJSON validator the tests run against every file we write.
pip-deps:
	@python3 -c "import geojson_validator" 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check $(PIP_PACKAGES)

release: deps
	$(SWIFT) build -c release --product frontline
	$(SWIFT) build -c release --product frontline-video

## run: build in release and map the bundled article into maps/<article>/.
run: release
	$(RELEASE)/frontline map $(ARTICLE) --out $(MAPS_DIR)

## maps: regenerate the committed maps (the test suite fails when they are stale).
maps: run

## test: the whole test suite (unit, CLI on the built binary, validator, stale-maps check), then the
## chaos script (kills, concurrent runs, full disk, unwritable streams; Tests/chaos/run.sh).
test: deps pip-deps
	$(SWIFT) build --product frontline
	$(SWIFT) build --product frontline-video
	$(SWIFT) test
	Tests/chaos/run.sh

## gazetteer: rebuild gazetteer/ from ../shared/gazetteer-sources/ (when present).
gazetteer:
	python3 gazetteer/build.py

## bench: every benchmark, release mode, one table.
bench: deps
	$(SWIFT) build -c release --product frontline
	$(SWIFT) build -c release --product frontline-video
	$(SWIFT) build -c release --product frontline-bench
	$(RELEASE)/frontline-bench

## eval: score the pipeline on ../shared/corpus/ (gold articles and real ones); fails under the floors in .ci/.
## EVAL_FLAGS=--verbose lists every wrong place, missed event, wrong checkpoint and unmatched event.
EVAL_FLAGS ?=
eval: deps
	$(SWIFT) build -c release --product frontline-eval
	$(RELEASE)/frontline-eval --floors .ci/eval-floors $(EVAL_FLAGS)

clean:
	rm -rf .build .fuzz .bench

## fuzz: libFuzzer + ASan on the article reader, front matter/lexicon YAML, date parser and ledger reader
## (FUZZ_SECONDS each; CI runs 30 s).
fuzz: deps
	Tests/Fuzz/run.sh

## format: rewrite Sources and Tests in the house style (.swift-format: 4 spaces, 120 columns).
## lint: list where Sources and Tests depart from it, changing nothing; fails when they do.
SWIFT_FORMAT ?= $(SWIFT) format
format:
	$(SWIFT_FORMAT) --in-place --recursive --parallel Sources Tests

lint:
	$(SWIFT_FORMAT) lint --strict --recursive --parallel Sources Tests

## check-qgis: open the maps in real QGIS (PyQGIS, headless) and the player page in headless Chromium;
## installs them when missing. Frames and the screenshot go to .build/frames/<article>/ to look at.
CHECK_PACKAGES := qgis python3-qgis chromium python3-pil
FRAMES_DIR := $(shell pwd)/.build/frames/$(SLUG)
## client-deps: QGIS (with its Python bindings) and Chromium for the real-client checks.
client-deps:
	@$(call apt_install,$(CHECK_PACKAGES))

# The QGIS check runs with the network cut (`unshare -rn`: a namespace with loopback only) where it can:
# the project must open and play offline (its OpenStreetMap layer is off until a user ticks it).
OFFLINE := $(shell unshare -rn true 2>/dev/null && echo "unshare -rn")
check-qgis: client-deps
	QT_QPA_PLATFORM=offscreen $(OFFLINE) /usr/bin/python3 Tests/qgis/check_project.py $(MAPS_DIR) --frames $(FRAMES_DIR)
	/usr/bin/python3 Tests/qgis/check_player.py $(MAPS_DIR) --screenshot $(FRAMES_DIR)/player.png

## check-war: the two-year synthetic war (2,000 places, 730 days) mapped with the defaults, its player
## played in headless Chromium (every day, a sample of day files, three towns on three days). Drawing time is
## a benchmark, not a check: add --max-ms to check_player.py by hand to see it.
WAR_DIR := $(shell pwd)/.bench/two-year
WAR_GENERATOR := ../shared/bench/synthetic_war.py
check-war: release client-deps
	@if [ ! -f $(WAR_DIR)/ledger.csv ] && [ ! -f $(WAR_GENERATOR) ]; then \
	  echo "check-war: skipped, the synthetic-war generator $(WAR_GENERATOR) is not beside the project"; exit 0; fi; \
	test -f $(WAR_DIR)/ledger.csv || python3 $(WAR_GENERATOR) --places 2000 --days 730 --changes 10000 --seed 1 --out $(WAR_DIR); \
	$(RELEASE)/frontline map $(WAR_DIR)/article.md --ledger $(WAR_DIR)/ledger.csv --out $(WAR_DIR)/maps && \
	/usr/bin/python3 Tests/qgis/check_player.py $(WAR_DIR)/maps --sample 12 --screenshot $(WAR_DIR)/player.png

## postgis-deps: PostgreSQL and PostGIS for the throw-away test cluster.
postgis-deps:
	@$(call apt_install,$(POSTGIS_PACKAGES))

## check-postgis: start a throw-away PostgreSQL + PostGIS cluster (socket only, in a fresh /tmp folder),
## run the GDAL writer tests and `frontline map --postgis` against it (FRONTLINE_TEST_PG), and stop and delete it,
## pass or fail.
check-postgis: deps postgis-deps
	@export FRONTLINE_PG_DIR=$$(mktemp -d /tmp/frontline-pg.XXXXXX); \
	trap 'Tests/postgis/cluster.sh stop' EXIT; \
	url=$$(Tests/postgis/cluster.sh start) || exit 1; \
	echo "PostGIS test cluster: $$url"; \
	$(SWIFT) build --product frontline && \
	FRONTLINE_TEST_PG="$$url" $(SWIFT) test --filter 'GdalTests|PostGISCommandTests'
