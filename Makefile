# The two entry points of the README: `make demo` and `make test`. Both install what is missing
# (Debian packages, via scripts/install-deps.sh), then build.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: deps build demo test check-sanitize check-tidy check-fuzz ci

deps:
	bash scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DEVKG_WERROR=ON
	cmake --build $(BUILD) -j$(JOBS)

# The main job on the built-in example articles: out/graph.{graphml,dot,json,svg}.
demo: build
	mkdir -p out
	$(BUILD)/evkg build examples -o out/graph.graphml -o out/graph.dot -o out/graph.json
	dot -Tsvg out/graph.dot -o out/graph.svg
	@echo "wrote out/graph.graphml out/graph.dot out/graph.json out/graph.svg"

# The whole test suite: unit, sentence-level, export-client (xmllint, dot, sfdp, NetworkX, igraph),
# CLI, query, reliability and determinism tests of the Release build (warnings are errors).
test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# The reliability checks that .ci/run runs after `make test` (README, "Reliability"):
# the whole suite under ASan + UBSan (clang, build-asan; leaks fail it), which also replays every
# fuzz seed corpus once;
check-sanitize: deps
	JOBS=$(JOBS) bash scripts/run-sanitized-tests.sh
# clang-tidy with the committed .clang-tidy over the project's own code, every warning an error;
check-tidy: deps
	JOBS=$(JOBS) bash scripts/run-clang-tidy.sh
# every fuzz target for EVKG_FUZZ_SECONDS (default 20) over its seed corpus, on the build-asan build.
check-fuzz: deps
	JOBS=$(JOBS) bash scripts/run-fuzz-smoke.sh

# Everything CI runs, in its order.
ci: test check-sanitize check-tidy check-fuzz
