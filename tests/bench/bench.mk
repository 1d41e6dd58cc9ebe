# Benchmarks (included by the top-level Makefile, which defines BUILD).
#   make bench        [BENCH_ARGS='--runs 5 --links hello,python,llvm,python-pie,llvm-dyn,python-so,llvm-so --threads N']
#   make bench-threads [THREADS_ARGS='--link llvm --threads 1,2 --runs 7']
#   make bench-scale  [SCALE_ARGS='--max 8000 --runs 3']
# Each rewrites its part of docs/benchmarks.md; see the scripts' --help.

BENCH_ARGS ?=
SCALE_ARGS ?=
THREADS_ARGS ?=

bench: $(BUILD)/bin/weld
	BUILD=$(BUILD) bash tests/bench/bench.sh --weld $(BUILD)/bin/weld $(BENCH_ARGS)

bench-scale: $(BUILD)/bin/weld
	BUILD=$(BUILD) bash tests/bench/scale.sh --weld $(BUILD)/bin/weld $(SCALE_ARGS)

bench-threads: $(BUILD)/bin/weld
	BUILD=$(BUILD) bash tests/bench/threads.sh --weld $(BUILD)/bin/weld $(THREADS_ARGS)

.PHONY: bench bench-scale bench-threads
