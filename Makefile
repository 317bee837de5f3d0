# omrs-neo4j: build, local Neo4j, tests. Run "make help" for the target list.
# Shell logic lives in integration/*.sh so that .ci/run and the Makefile share it.

GO ?= go
MVN ?= mvn
MVN_FLAGS ?= -B -q -Dstyle.color=never
# BENCHTIME is how long "make bench" runs each benchmark (go test -benchtime).
BENCHTIME ?= 3s

BINARY := bin/omrs-neo4j

LAUNCHER_DIR := integration/launcher
LAUNCHER_STAMP := $(LAUNCHER_DIR)/target/.classpath-stamp
LAUNCHER_SOURCES := $(LAUNCHER_DIR)/pom.xml $(shell find $(LAUNCHER_DIR)/src -type f 2>/dev/null)

TYPESGEN_DIR := integration/typesgen
TYPESGEN_STAMP := $(TYPESGEN_DIR)/target/.classpath-stamp
TYPESGEN_SOURCES := $(TYPESGEN_DIR)/pom.xml $(shell find $(TYPESGEN_DIR)/src -type f 2>/dev/null)

ARCHIVE_DIR := .local/archives
TYPES_ARCHIVE := $(ARCHIVE_DIR)/OpenMetadataTypes.omarchive

.DEFAULT_GOAL := help
.PHONY: help build launcher typesgen neo4j-start neo4j-stop neo4j-status types-archive \
	run test bench lint clean distclean

help: ## List the targets.
	@echo "usage: make TARGET"
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z0-9-]+):.*## /  \1\t/' | expand -t 18
	@echo
	@echo "Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_PORT (7687), NEO4J_DATA_DIR (.local/neo4j),"
	@echo "OMRS_TYPES_ARCHIVE, OMRS_CONTENT_ARCHIVES, OMRS_ARCHIVES_DIR; see docs/neo4j-local.md and README.md."

build: ## Build bin/omrs-neo4j.
	$(GO) build -o $(BINARY) ./cmd/omrs-neo4j

launcher: $(LAUNCHER_STAMP) ## Build the Neo4j launcher classpath (once; Maven Central).

$(LAUNCHER_STAMP): $(LAUNCHER_SOURCES)
	cd $(LAUNCHER_DIR) && $(MVN) $(MVN_FLAGS) package dependency:copy-dependencies \
		-DincludeScope=runtime -DoutputDirectory=target/lib
	touch $@

typesgen: $(TYPESGEN_STAMP) ## Build the Egeria types archive generator (Maven Central).

$(TYPESGEN_STAMP): $(TYPESGEN_SOURCES)
	cd $(TYPESGEN_DIR) && $(MVN) $(MVN_FLAGS) package dependency:copy-dependencies \
		-DincludeScope=runtime -DoutputDirectory=target/lib
	touch $@

neo4j-start: launcher ## Start Neo4j in the background on bolt://127.0.0.1:$NEO4J_PORT.
	@integration/neo4j.sh start

neo4j-stop: ## Stop the Neo4j started by neo4j-start.
	@integration/neo4j.sh stop

neo4j-status: ## Print whether Neo4j runs, and its Bolt URI.
	@integration/neo4j.sh status

types-archive: ## Generate .local/archives/OpenMetadataTypes.omarchive unless present.
	@if [ -f $(TYPES_ARCHIVE) ]; then echo "types archive present: $(TYPES_ARCHIVE)"; exit 0; fi; \
	$(MAKE) --no-print-directory typesgen || { \
		echo "types-archive: building the typesgen tool failed (it needs Egeria jars from Maven Central)."; \
		echo "  Set OMRS_TYPES_ARCHIVE to the OpenMetadataTypes.omarchive of an Egeria distribution instead."; \
		exit 1; }; \
	integration/typesgen.sh $(TYPES_ARCHIVE)

run: build ## Start Neo4j if needed, load the archives and serve on 127.0.0.1:8080.
	@MAKE="$(MAKE)" integration/run.sh

test: launcher ## Run unit tests, then integration tests against a throwaway Neo4j.
	@integration/test.sh

bench: launcher ## Run the integration benchmarks against a throwaway Neo4j.
	@integration/neo4j.sh with-neo4j --throwaway \
		$(GO) test -tags integration -count=1 -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) ./integration/...

lint: ## Check formatting (gofmt) and run go vet, with and without the integration tag.
	@unformatted=$$(gofmt -l $$(git ls-files -co --exclude-standard '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags integration ./...

clean: ## Remove build output and throwaway Neo4j directories (keeps .local/neo4j data).
	rm -rf bin $(LAUNCHER_DIR)/target $(TYPESGEN_DIR)/target .local/neo4j-throwaway.*

distclean: clean ## Also stop Neo4j and remove everything under .local (data, archives).
	-@integration/neo4j.sh stop
	rm -rf .local
