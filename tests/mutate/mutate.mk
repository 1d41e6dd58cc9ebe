# tests/mutate/mutate.mk - the robustness tier: an ASan+UBSan weld, a seeded
# mutation test over real inputs, a libFuzzer target and its regressions.
#
# Included by the top-level Makefile (which defines BUILD, CC, WARN, CFLAGS,
# SRCS); `make -f Makefile -f tests/mutate/mutate.mk TARGET` works too.
#
#   asan          $(BUILD)/asan/bin/weld, built with -fsanitize=address,undefined
#   mutate-check  MUTATE_COUNT (2500) mutated-input links through the asan
#                 weld (about one in six a dynamic link with a mutated
#                 shared object, libmut.so or libmutdep.so, or somain.o;
#                 one in six a -shared link with a version script, its
#                 -fPIC object libshmut.o or shutil.o or the script
#                 libshmut.map mutated, the output checked with readelf),
#                 seed MUTATE_SEED (1), MUTATE_JOBS (2) in parallel;
#                 ends with "N passed, N failed", fails if any case failed.
#                 One case again: build/mutate/mutate --weld build/asan/bin/weld
#                 --seed S --case I   (see tests/mutate/mutate.c)
#   fuzz          libFuzzer on tests/fuzz/fuzz_link.c for FUZZ_SECONDS (60);
#                 corpus $(BUILD)/fuzz-corpus (seeded from tests/fuzz/seeds/
#                 and the compiled seeds: objects, archives, the script,
#                 the shared objects and the -shared mode's "#vs" inputs),
#                 crashes in $(BUILD)/fuzz-artifacts/
#   fuzz-regress  replays every file in FUZZ_REGRESS_DIR (tests/fuzz/regressions;
#                 tests/fuzz/open holds the unfixed ones) through the asan
#                 weld; ends with "N passed, N failed"

ifndef WELD_MUTATE_MK
WELD_MUTATE_MK := 1

MUT_DIR       := tests/mutate
FUZZ_DIR      := tests/fuzz
SAN_CC        ?= clang
# known sanitizer findings outside the input layer (see the file); clang only
SAN_IGNORE    := $(MUT_DIR)/ubsan-ignore.txt
SAN_FLAGS     := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1 \
                 $(if $(filter clang%,$(notdir $(SAN_CC))),-fsanitize-ignorelist=$(SAN_IGNORE))
# -Wno-error: a warning clang gives and gcc does not must not stop the test build
SAN_WARN      := $(WARN) -Wno-error
MUT_HDRS      := $(wildcard include/*.h)
ASAN_OBJS     := $(SRCS:src/%.c=$(BUILD)/asan/obj/%.o)
FUZZ_OBJS     := $(SRCS:src/%.c=$(BUILD)/fuzz/obj/%.o)
MUTATE_BIN    := $(BUILD)/mutate/mutate
ASAN_WELD     := $(BUILD)/asan/bin/weld
FUZZ_BIN      := $(BUILD)/fuzz/fuzz_link
MUTATE_SEED   ?= 1
MUTATE_COUNT  ?= 2500
MUTATE_JOBS   ?= 2
FUZZ_SECONDS  ?= 60
FUZZ_FLAGS    ?=
FUZZ_REGRESS_DIR ?= $(FUZZ_DIR)/regressions
MUT_RUN_ENV   := ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1

asan: $(ASAN_WELD)

$(BUILD)/asan/obj/%.o: src/%.c $(MUT_HDRS) $(SAN_IGNORE)
	@mkdir -p $(dir $@)
	$(SAN_CC) $(SAN_WARN) $(SAN_FLAGS) -Iinclude -c $< -o $@

$(ASAN_WELD): $(ASAN_OBJS)
	@mkdir -p $(dir $@)
	$(SAN_CC) $(SAN_FLAGS) $(ASAN_OBJS) -o $@ -lpthread

$(MUTATE_BIN): $(MUT_DIR)/mutate.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_GNU_SOURCE -Wall -Wextra -O2 -g $< -o $@

mutate-check: $(ASAN_WELD) $(MUTATE_BIN)
	$(MUT_RUN_ENV) $(MUTATE_BIN) --weld $(ASAN_WELD) --seeds $(MUT_DIR)/seeds \
	  --work $(BUILD)/mutate-work --failures $(BUILD)/mutate-failures \
	  --seed $(MUTATE_SEED) --count $(MUTATE_COUNT) --jobs $(MUTATE_JOBS)

# The fuzz target runs weld's own main() (renamed weld_main) in a forked
# child per input; the comment at the top of tests/fuzz/fuzz_link.c says why.
$(BUILD)/fuzz/obj/%.o: src/%.c $(MUT_HDRS) $(SAN_IGNORE)
	@mkdir -p $(dir $@)
	clang $(SAN_WARN) -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined \
	  -fsanitize-ignorelist=$(SAN_IGNORE) -fno-omit-frame-pointer -g -O1 \
	  $(if $(filter main,$*),-Dmain=weld_main -Wno-missing-prototypes) -Iinclude -c $< -o $@

$(FUZZ_BIN): $(FUZZ_DIR)/fuzz_link.c $(FUZZ_OBJS)
	@mkdir -p $(dir $@)
	clang -std=c11 -D_GNU_SOURCE -Wall -Wextra -fsanitize=fuzzer,address,undefined \
	  -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1 \
	  $< $(FUZZ_OBJS) -Wl,--wrap=_exit,--wrap=__sanitizer_cov_8bit_counters_init -o $@ -lpthread

# the fixed inputs of the fuzz link (libfull.a, c.o, d.o, libthin.a; for a shared
# object somain.o, somain_nopie.o, libmutdep.so, so-pie.args, so-nopie.args; for
# the -shared mode libshmut.o, shutil.o, so-shared.args) and the seed corpus
fuzz-inputs: $(MUTATE_BIN)
	$(MUTATE_BIN) --seeds $(MUT_DIR)/seeds --prepare $(BUILD)/fuzz-inputs

fuzz: $(FUZZ_BIN) fuzz-inputs
	@mkdir -p $(BUILD)/fuzz-corpus $(BUILD)/fuzz-artifacts
	@if [ -d $(FUZZ_DIR)/seeds ]; then for f in $(FUZZ_DIR)/seeds/*; do \
	  [ -f "$$f" ] && cp -n "$$f" $(BUILD)/fuzz-corpus/ || true; done; fi
	@for f in $(BUILD)/fuzz-inputs/*.o $(BUILD)/fuzz-inputs/*.a $(BUILD)/fuzz-inputs/*.ld $(BUILD)/fuzz-inputs/*.so \
	  $(BUILD)/fuzz-inputs/*.vs; do \
	  case $$f in */somain*.o|*/shmain.o) continue ;; esac; \
	  [ -f "$$f" ] && cp -n "$$f" $(BUILD)/fuzz-corpus/seed-$$(basename $$f) || true; done
	WELD_FUZZ_INPUTS=$(BUILD)/fuzz-inputs ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BIN) \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=30 -max_len=65536 -print_final_stats=1 \
	  -artifact_prefix=$(BUILD)/fuzz-artifacts/ $(FUZZ_FLAGS) $(BUILD)/fuzz-corpus

fuzz-regress: $(ASAN_WELD) $(MUTATE_BIN)
	$(MUT_RUN_ENV) $(MUTATE_BIN) --weld $(ASAN_WELD) --seeds $(MUT_DIR)/seeds \
	  --work $(BUILD)/regress-work --failures $(BUILD)/regress-failures \
	  --replay $(sort $(filter-out %/README,$(wildcard $(FUZZ_REGRESS_DIR)/*)))

.PHONY: asan mutate-check fuzz fuzz-inputs fuzz-regress

endif
