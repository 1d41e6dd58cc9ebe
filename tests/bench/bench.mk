# Benchmarks (included by the top-level Makefile, which defines BUILD).
#   make bench        [BENCH_ARGS='--runs 5 --links hello,python,llvm --threads N']
#   make bench-scale  [SCALE_ARGS='--max 8000 --runs 3']
# Both rewrite their part of docs/benchmarks.md; see the scripts' --help.

BENCH_ARGS ?=
SCALE_ARGS ?=

bench: $(BUILD)/bin/weld
	BUILD=$(BUILD) bash tests/bench/bench.sh --weld $(BUILD)/bin/weld $(BENCH_ARGS)

bench-scale: $(BUILD)/bin/weld
	BUILD=$(BUILD) bash tests/bench/scale.sh --weld $(BUILD)/bin/weld $(SCALE_ARGS)

.PHONY: bench bench-scale
