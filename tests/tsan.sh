#!/usr/bin/env bash
# tsan tier: a ThreadSanitizer build of weld links the corpus programs
# (hello, CPython, libpython as a shared library, musl, and LLVM when the
# corpus tier built llvmtool.o) with
# --threads=4; there must be no race report, and the output must be the
# bytes the normal build writes.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
make -s tsan >/dev/null || { echo "FAIL tsan-build: cannot build the TSan weld"; echo "0 passed, 1 failed"; exit 1; }
out=$top/build/tsan/run
rm -rf "$out" && mkdir -p "$out/ld" "$out/ref"
cat > "$out/ld/ld" <<EOS
#!/bin/sh
exec env TSAN_OPTIONS="halt_on_error=1 exitcode=66" WELD_SPECULATE=always "$top/build/tsan/bin/weld" --threads=4 "\$@"
EOS
chmod +x "$out/ld/ld"
ln -sf "$top/build/bin/weld" "$out/ref/ld"
pass=0 fail=0
check() {
  local name=$1; shift
  if ! "$@" -B "$out/ld" -o "$out/$name-tsan" 2>"$out/$name.err"; then
    echo "FAIL $name: TSan weld link failed: $(grep -m3 -E 'ThreadSanitizer|error' "$out/$name.err")"; fail=$((fail + 1)); return
  fi
  if grep -q ThreadSanitizer "$out/$name.err"; then
    echo "FAIL $name: race report"; head -20 "$out/$name.err"; fail=$((fail + 1)); return
  fi
  "$@" -B "$out/ref" -Wl,--threads=1 -o "$out/$name-ref" 2>/dev/null
  if cmp -s "$out/$name-tsan" "$out/$name-ref"; then echo "PASS $name"; pass=$((pass + 1))
  else echo "FAIL $name: output differs from the normal weld's"; fail=$((fail + 1)); fi
}
printf '#include <stdio.h>\nint main(void){puts("hello");return 0;}\n' > "$out/hello.c"
check hello gcc -static "$out/hello.c"
C=/usr/lib/python3.11/config-3.11-x86_64-linux-gnu
check python gcc -static "$C/python.o" -L"$C" -lpython3.11 -lexpat -lz -lm -lpthread -lutil -ldl
check python-so gcc -shared -Wl,-soname,libpython3.11.so.1.0 -Wl,--whole-archive "$C/libpython3.11-pic.a" \
  -Wl,--no-whole-archive -lexpat -lz -lm
check musl musl-gcc -static -O2 "$top/tests/corpus/mt.c"
# the LLVM program, when the corpus tier has compiled it
LC=/usr/lib/llvm-14/bin/llvm-config
if [ -f "$top/build/corpus/llvmtool.o" ] && [ -x $LC ]; then
  libs=$($LC --link-static --libs all | sed 's/-lPolly //; s/-lPollyISL //')
  check llvm g++ -static "$top/build/corpus/llvmtool.o" $($LC --link-static --ldflags) $libs -lz -ltinfo -lpthread -ldl -lm
fi
echo "$pass passed, $fail failed"
[ $fail = 0 ]
