#!/usr/bin/env bash
# A sparse input on a full tmpfs: weld's read fault on the hole needs a page,
# the kernel sends SIGBUS; weld dies and leaves OUT.weld-XXXXXX.  GNU ld
# read()s the hole (no allocation) and links.  The same SIGBUS follows an
# input truncated during the link.  Needs root (mount).
. "$(dirname "$0")/_lib.sh"
gcc -O2 -o gen "$HERE/../gen.c" || exit 2
mkdir mnt out && mount -t tmpfs -o size=4m tmpfs mnt || { echo "needs root (mount)"; exit 2; }
./gen bigobj mnt/hole.o $((64 << 20)) .data
printf '.text\n.globl _start\n_start: movabs $big_end, %%rax\nmov $60, %%eax\nsyscall\n' > s.s && as s.s -o s.o
"$WELD" -static s.o mnt/hole.o -o out/prog; st=$?
echo "weld status $st; out/: $(ls out)"
[ $st -lt 128 ] && [ -z "$(ls out | grep weld-)" ] || bug "killed by signal $((st - 128)), left: $(ls out)"
ok "status $st"
