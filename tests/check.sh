#!/usr/bin/env bash
# make check: every test tier, then one line "N passed, N failed" for all.
#   unit         cmocka tests of the archive reader, validator, ranking, merging, relocations
#   integration  programs linked by weld and GNU ld, both run and compared, as static, PIE and -no-pie links
#   shared       shared libraries and static PIEs: libraries and programs linked by weld and GNU ld, every mix run and compared
#   buildsys     CMake (gcc, g++, clang++) and autoconf ./configure && make, with only -B/-fuse-ld=weld added, compared to GNU ld
#   diag         weld's error messages for broken links, compared byte for byte
#   report       -Map, --why-extract, --dependency-file, --report (JSON, HTML in Chromium), --embed-deps
#   robust       output safety (failed links, disk full, ulimit -f, signals, umask) and big inputs
#   corpus       hello, static CPython, musl, LLVM: differential + determinism
#   mutate       2,500 mutated objects, archives and shared objects through an ASan+UBSan weld
#   fuzz-regress every input that ever crashed weld, replayed
#   asan-integration  the integration tier with an ASan+UBSan weld, speculative closure forced (= make check-asan)
#   asan-shared  the shared tier with the ASan+UBSan weld
#   tsan         a ThreadSanitizer weld links hello, CPython and musl with --threads=4
# TIERS="unit integration" limits the run.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tiers=${TIERS:-unit integration shared buildsys diag report robust corpus mutate fuzz-regress asan-integration asan-shared tsan}
total_pass=0 total_fail=0
summary=()
log=$top/build/check-logs
mkdir -p "$log"

run_tier() {
  local name=$1; shift
  echo "=== $name"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log/$name.log" | grep -vE '^PASS ' | tail -n 40
  local rc=${PIPESTATUS[0]}
  local line p f
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log/$name.log" | tail -n 1)
  if [ -n "$line" ]; then
    p=${line%% passed*}
    f=${line#*passed, }; f=${f%% failed*}
  else
    p=0 f=1
  fi
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  total_pass=$((total_pass + p)) total_fail=$((total_fail + f))
  summary+=("$(printf '%-14s %5d passed, %3d failed  (%ds)' "$name" "$p" "$f" $((SECONDS - start)))")
}

for t in $tiers; do
  case $t in
    unit) run_tier unit make -s unit-check ;;
    integration) run_tier integration tests/integration/run.sh --weld build/bin/weld --mode all ;;
    shared) run_tier shared tests/shared/run.sh --weld build/bin/weld ;;
    buildsys) run_tier buildsys tests/buildsys/run.sh --weld build/bin/weld ;;
    diag) run_tier diag tests/diag/run.sh ;;
    report) run_tier report tests/report/run.sh --weld build/bin/weld ;;
    robust) run_tier robust tests/robust/run.sh --weld build/bin/weld ;;
    corpus) run_tier corpus tests/corpus/run.sh ;;
    mutate) run_tier mutate make -s mutate-check ;;
    fuzz-regress) run_tier fuzz-regress make -s fuzz-regress ;;
    # with WELD_SPECULATE=always: every link also goes through the
    # speculative closure and its background work (otherwise only big links do)
    asan-integration) make -s asan >/dev/null && WELD_SPECULATE=always run_tier asan-integration tests/integration/run.sh --weld build/asan/bin/weld --mode all ;;
    asan-shared) make -s asan >/dev/null && WELD_SPECULATE=always run_tier asan-shared tests/shared/run.sh --weld build/asan/bin/weld ;;
    tsan) run_tier tsan tests/tsan.sh ;;
    *) echo "unknown tier $t"; total_fail=$((total_fail + 1)) ;;
  esac
done
echo "=== summary"
printf '%s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
