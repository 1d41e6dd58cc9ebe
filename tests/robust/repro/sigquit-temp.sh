#!/usr/bin/env bash
# SIGQUIT (Ctrl-\) while writing: INT/TERM/HUP remove the temp file, QUIT
# does not, leaving a file as big as the output.
. "$(dirname "$0")/_lib.sh"
gcc -O2 -o gen "$HERE/../gen.c" || exit 2
./gen bigobj big.o $((1 << 30)) .data
printf '.text\n.globl _start\n_start: movabs $big_end, %%rax\nmov $60, %%eax\nsyscall\n' > s.s && as s.s -o s.o
ulimit -c 0
set -m; "$WELD" -static s.o big.o -o prog & pid=$!; set +m
for i in $(seq 1000); do ls | grep -q weld- && break; sleep 0.01; done
kill -QUIT $pid; wait $pid; echo "weld status $?"
left=$(ls | grep weld-)
[ -z "$left" ] || bug "SIGQUIT left $left ($(stat -c %s "$left") bytes)"
ok "no temp file"
