# The two entry points of the README: `make demo` and `make test`. Both install what is missing
# (Debian packages, via scripts/install-deps.sh), then build.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: deps build demo test test-release

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

# The Release test suite alone.
test-release: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# The whole test suite: Release tests, then the checks in scripts/ (sanitizers, static analysis,
# short fuzz runs) as they exist.
test: test-release
	@for s in scripts/run-sanitized-tests.sh scripts/run-clang-tidy.sh scripts/run-fuzz-smoke.sh; do \
	  if [ -x $$s ]; then echo "== $$s"; bash $$s || exit 1; fi; \
	done
