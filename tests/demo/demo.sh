#!/usr/bin/env bash
# make demo: build a three-file program with a static archive, link it with
# weld through `gcc -B` as a static executable and as gcc's default dynamic
# PIE, then the archive's code as a shared library (-shared) that the
# program links against, run all, and show the same links done by GNU ld.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$top/build/demo
rm -rf "$out" && mkdir -p "$out" && cd "$out"
src=$top/tests/demo
run() { echo "\$ $*"; "$@"; }
run gcc -O2 -c "$src/main.c" "$src/area.c" "$src/total.c" "$src/square.c"
run ar rcs libshapes.a area.o total.o square.o
echo
echo "# link with weld (gcc runs $top/build/libexec/weld/ld)"
run gcc -B "$top/build/libexec/weld" -static -o demo-weld main.o -L. -lshapes
run ./demo-weld
echo
echo "# the same link with GNU ld"
run gcc -fuse-ld=bfd -static -o demo-gnu main.o -L. -lshapes
run ./demo-gnu
echo
echo
echo "# gcc's default link: a dynamic PIE against libc.so.6, with weld and with GNU ld"
run gcc -B "$top/build/libexec/weld" -o demo-pie-weld main.o -L. -lshapes
run ./demo-pie-weld
run gcc -fuse-ld=bfd -o demo-pie-gnu main.o -L. -lshapes
echo "\$ readelf -d demo-pie-weld | grep -E 'NEEDED|FLAGS'"
readelf -d demo-pie-weld | grep -E 'NEEDED|FLAGS'
echo
echo
echo "# a shared library: libshapes.so linked by weld, the program against it"
run gcc -O2 -fPIC -c "$src/area.c" "$src/total.c" "$src/square.c"
run gcc -B "$top/build/libexec/weld" -shared -Wl,-soname,libshapes.so.1 -o libshapes.so.1 area.o total.o square.o
run ln -sf libshapes.so.1 libshapes.so
run gcc -B "$top/build/libexec/weld" -o demo-so-weld main.o -L. -lshapes -Wl,-rpath,'$ORIGIN'
run ./demo-so-weld
echo "\$ readelf -d libshapes.so.1 | grep -E 'SONAME|NEEDED'; readelf --dyn-syms -W libshapes.so.1 | grep -c ' GLOBAL '"
readelf -d libshapes.so.1 | grep -E 'SONAME|NEEDED'
readelf --dyn-syms -W libshapes.so.1 | grep -c ' GLOBAL '
echo
if cmp -s <(./demo-weld) <(./demo-gnu) && cmp -s <(./demo-pie-weld) <(./demo-pie-gnu) &&
   cmp -s <(./demo-weld) <(./demo-pie-weld) && cmp -s <(./demo-weld) <(./demo-so-weld); then
  echo "same output from all five executables"
else
  echo "OUTPUT DIFFERS" >&2
  exit 1
fi
ls -l demo-weld demo-gnu demo-pie-weld demo-pie-gnu demo-so-weld libshapes.so.1
