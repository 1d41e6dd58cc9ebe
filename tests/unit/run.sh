#!/bin/sh
# tests/unit/run.sh - run cmocka test programs and sum their results.
#
# Usage: tests/unit/run.sh PROGRAM...
# Prints each program's output, then, alone on the last line,
# "N passed, N failed".  A program that dies without cmocka's summary, or
# whose exit status is non-zero with no failure counted, adds one failure.
# Exit status: 0 if nothing failed, 1 otherwise.

passed=0
failed=0
out=$(mktemp "${TMPDIR:-/tmp}/weld-unit-out.XXXXXX") || exit 1
trap 'rm -f "$out"' EXIT INT TERM

for prog in "$@"; do
    echo "== $prog"
    CMOCKA_MESSAGE_OUTPUT=STDOUT "$prog" > "$out" 2>&1
    status=$?
    cat "$out"
    # sum over every group the program ran
    p=$(awk '/^\[  PASSED  \] [0-9]+ test\(s\)/ { n += $4 } END { print n + 0 }' "$out")
    f=$(awk '/^\[  FAILED  \] [0-9]+ test\(s\)/ { n += $4 } END { print n + 0 }' "$out")
    if [ -z "$(sed -n '/^\[==========\] [0-9][0-9]* test(s) run\./p' "$out")" ]; then
        echo "run.sh: $prog did not finish (exit status $status)"
        f=$((f + 1))
    elif [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "run.sh: $prog exited with status $status"
        f=1
    fi
    passed=$((passed + p))
    failed=$((failed + f))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
