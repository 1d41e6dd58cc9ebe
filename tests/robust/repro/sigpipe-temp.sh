#!/usr/bin/env bash
# Errors found while writing (here a relocation overflow) are printed after
# the temp file exists; with stderr on a closed pipe (`ld ... 2>&1 | head -1`)
# weld dies of SIGPIPE and leaves OUT.weld-XXXXXX behind.
. "$(dirname "$0")/_lib.sh"
printf '.text\n.globl _start\n_start: lea far(%%rip), %%rax\nret\n' > t.s && as t.s -o t.o
python3 - "$WELD" <<'PY'
import os, subprocess, sys
r, w = os.pipe(); os.close(r)
p = subprocess.run([sys.argv[1], "-static", "t.o", "--defsym", "far=0x900000000", "-o", "prog"],
                   stdout=w, stderr=w, preexec_fn=lambda: __import__("signal").signal(13, 0))
print("weld status", p.returncode)
PY
left=$(ls | grep weld-)
[ -z "$left" ] || bug "temp file left: $left"
ok "no temp file"
