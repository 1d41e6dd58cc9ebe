#!/usr/bin/env bash
# Diagnostics are formatted into fixed buffers (2 KiB for undefined symbols,
# 4 KiB in add_msg): with a 100 KB symbol name the ">>> referenced by FILE"
# and ">>> defined in FILE" lines are cut off, so the error names no file.
. "$(dirname "$0")/_lib.sh"
n=$(head -c 100000 /dev/zero | tr '\0' b)
printf '.text\n.globl _start\n_start: call %s\n' "$n" > use.s && as use.s -o use.o
"$WELD" -static use.o -o prog 2> err
echo "stderr: $(wc -l < err) line(s), $(wc -c < err) bytes"
grep -q 'use.o' err || bug "undefined-symbol error does not name use.o"
ok "names use.o"
