#!/usr/bin/env bash
# Corpus tier: real programs linked by weld and by GNU ld, run and compared.
#   hello (glibc), static CPython and CPython as a dynamic PIE, a musl
#   program with threads/TLS/malloc, and the LLVM program of ../shared/corpus,
#   static and dynamic (skipped with CORPUS_LLVM=0); the shared rows: libpython
#   (python-so) and all LLVM archives as one library (llvm-so), each built by
#   weld and by GNU ld, with programs linked by each against each.
# Also checks that the output is byte-identical for --threads=1,2,4,8 and
# across two runs, and that `readelf -a` prints no warning on weld's output.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
weld=${WELD:-$top/build/bin/weld}
out=$top/build/corpus
mkdir -p "$out/weld_ld" "$out/bfd_ld"
ln -sf "$weld" "$out/weld_ld/ld"
ln -sf /usr/bin/ld.bfd "$out/bfd_ld/ld"
cd "$out"
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); }

readelf_clean() {
  local w
  # readelf's own complaints go to stderr as "readelf: Warning: ..."
  w=$(readelf -a -W "$1" 2>&1 >/dev/null | head -3)
  [ -z "$w" ] || { echo "$w" | head -3; return 1; }
}

# compare NAME CMD...: runs CMD with ./NAME-weld and ./NAME-bfd in place of {}
compare() {
  local name=$1; shift
  local cw cb
  cw=$("${@//\{\}/./$name-weld}" 2>&1; echo "exit=$?")
  cb=$("${@//\{\}/./$name-bfd}" 2>&1; echo "exit=$?")
  if [ "$cw" != "$cb" ]; then
    bad "$name" "output differs from GNU ld's"
    diff <(echo "$cb") <(echo "$cw") | head -10
    return 1
  fi
  readelf_clean "$name-weld" || { bad "$name" "readelf warnings"; return 1; }
  ok "$name"
}

# link NAME DRIVER ARGS...: links with weld and with GNU ld through -B
link() {
  local name=$1 drv=$2; shift 2
  if ! $drv -B "$out/weld_ld" "$@" -o "$name-weld" 2>"$name-weld.err"; then
    bad "$name" "weld link failed: $(head -3 "$name-weld.err")"
    return 1
  fi
  $drv -B "$out/bfd_ld" "$@" -o "$name-bfd" 2>/dev/null || { bad "$name" "GNU ld link failed"; return 1; }
}

# dynsyms FILE: the exported and imported names with type, binding,
# visibility and defined-or-not (addresses and sizes of functions ignored)
dynsyms() {
  readelf --dyn-syms -W "$1" | awk 'NR > 3 && $8 != "" { print $4, $5, $6, ($7 == "UND" ? "UND" : "DEF"), $8 }' | LC_ALL=C sort
}

# so_row NAME LIB DRIVER "LIBARGS" "PROGARGS" CMD...: the library LIB linked
# by weld and by GNU ld (DRIVER -shared LIBARGS), a program linked by each
# against each (DRIVER PROGARGS -L... -l:LIB); every mix must print what the
# all-GNU-ld build prints.  {} in CMD is the program.
so_row() {
  local name=$1 lib=$2 drv=$3 libargs=$4 progargs=$5 l p; shift 5
  for l in weld bfd; do
    mkdir -p "$name-lib-$l"
    # shellcheck disable=SC2086
    if ! $drv -B "$out/${l}_ld" -shared $libargs -o "$name-lib-$l/$lib" 2>"$name-lib-$l.err"; then
      bad "$name" "$l library link failed: $(head -3 "$name-lib-$l.err")"
      return 1
    fi
    for p in weld bfd; do
      # shellcheck disable=SC2086
      $drv -B "$out/${p}_ld" $progargs -L"$name-lib-$l" -l:"$lib" -Wl,-rpath,"$out/$name-lib-$l" \
        -o "$name-$l-$p" 2>"$name-$l-$p.err" || { bad "$name" "program link ($l library, $p program) failed"; return 1; }
    done
  done
  local ref got
  ref=$("${@//\{\}/./$name-bfd-bfd}" 2>&1; echo "exit=$?")
  for l in weld-weld weld-bfd bfd-weld; do
    got=$("${@//\{\}/./$name-$l}" 2>&1; echo "exit=$?")
    if [ "$got" != "$ref" ]; then
      bad "$name" "output with the $l (library-program) build differs from GNU ld's"
      diff <(echo "$ref") <(echo "$got") | head -10
      return 1
    fi
  done
  readelf_clean "$name-lib-weld/$lib" || { bad "$name" "readelf warnings"; return 1; }
  if ! diff <(dynsyms "$name-lib-bfd/$lib") <(dynsyms "$name-lib-weld/$lib") > "$name-dynsyms.diff"; then
    bad "$name" "exported/imported symbols differ from GNU ld's library"
    head -10 "$name-dynsyms.diff"
    return 1
  fi
  # shellcheck disable=SC2086
  $drv -B "$out/weld_ld" -shared -Wl,--threads=1 $libargs -o "$name-t1.so" 2>/dev/null &&
    cmp -s "$name-lib-weld/$lib" "$name-t1.so" || { bad "$name" "library differs between --threads=1 and the default"; return 1; }
  ok "$name"
}

printf '#include <stdio.h>\nint main(void){puts("hello");return 0;}\n' > hello.c
gcc -O2 -c hello.c -o hello.o
link hello gcc -static hello.o && compare hello {}

C=/usr/lib/python3.11/config-3.11-x86_64-linux-gnu
if [ -f "$C/python.o" ]; then
  link python gcc -static "$C/python.o" -L"$C" -lpython3.11 -lexpat -lz -lm -lpthread -lutil -ldl &&
    compare python {} "$top/tests/corpus/pytest.py"
  # determinism: threads and repeated runs
  same=1
  for t in 1 2 4 8 2; do
    gcc -B "$out/weld_ld" -static -Wl,--threads=$t "$C/python.o" -L"$C" -lpython3.11 -lexpat -lz -lm \
      -lpthread -lutil -ldl -o python-t$t 2>/dev/null || same=0
    cmp -s python-weld python-t$t || same=0
  done
  [ $same = 1 ] && ok "python-deterministic" || bad "python-deterministic" "output differs across --threads=1,2,4,8 or runs"
  # python-pie: gcc's default dynamic PIE from the PIC archive
  link python-pie gcc "$C/python.o" -L"$C" -l:libpython3.11-pic.a -lexpat -lz -lm -lpthread -lutil -ldl &&
    compare python-pie {} "$top/tests/corpus/pytest.py"
  # python-so: libpython3.11.so from the PIC archive, python.o linked against it
  so_row python-so libpython3.11.so.1.0 gcc \
    "-Wl,-soname,libpython3.11.so.1.0 -Wl,--whole-archive $C/libpython3.11-pic.a -Wl,--no-whole-archive -lexpat -lz -lm" \
    "$C/python.o" {} "$top/tests/corpus/pytest.py"
else
  bad python "missing $C/python.o (libpython3.11-dev)"
fi

if command -v musl-gcc >/dev/null; then
  link musl musl-gcc -static -O2 "$top/tests/corpus/mt.c" && compare musl {}
else
  bad musl "musl-gcc missing (musl-tools)"
fi

if [ "${CORPUS_LLVM:-1}" = 1 ]; then
  LC=/usr/lib/llvm-14/bin/llvm-config
  if [ -x $LC ]; then
    [ -f llvmtool.o ] || g++ -c $($LC --cxxflags) -fexceptions "$top/../shared/corpus/llvmtool.cpp" -o llvmtool.o 2>/dev/null ||
      g++ -c $($LC --cxxflags) -fexceptions "$top/tests/corpus/llvmtool.cpp" -o llvmtool.o
    libs=$($LC --link-static --libs all | sed 's/-lPolly //; s/-lPollyISL //')
    if link llvm g++ -static llvmtool.o $($LC --link-static --ldflags) $libs -lz -ltinfo -lpthread -ldl -lm; then
      compare llvm {}
      # the unwinder's view: every CIE/FDE must decode cleanly
      fw=$(readelf --debug-dump=frames llvm-weld 2>&1 >/dev/null | head -3)
      [ -z "$fw" ] && ok "llvm-frames" || bad "llvm-frames" "readelf --debug-dump=frames: $fw"
      for t in aarch64-linux-gnu powerpc64le-linux-gnu; do
        if cmp -s <(./llvm-weld $t 2>&1) <(./llvm-bfd $t 2>&1); then ok "llvm-$t"; else bad "llvm-$t" "output differs"; fi
      done
      same=1
      for t in 1 2; do
        g++ -B "$out/weld_ld" -static -Wl,--threads=$t llvmtool.o $($LC --link-static --ldflags) $libs -lz -ltinfo \
          -lpthread -ldl -lm -o llvm-t$t 2>/dev/null || same=0
        cmp -s llvm-weld llvm-t$t || same=0
      done
      [ $same = 1 ] && ok "llvm-deterministic" || bad "llvm-deterministic" "output differs across --threads=1,2 or runs"
    fi
    # llvm-dyn: the static LLVM archives, dynamic libc and libstdc++, PIE
    if link llvm-dyn g++ llvmtool.o $($LC --link-static --ldflags) $libs -lz -ltinfo -lpthread -ldl -lm; then
      compare llvm-dyn {}
      if cmp -s <(./llvm-dyn-weld aarch64-linux-gnu 2>&1) <(./llvm-dyn-bfd aarch64-linux-gnu 2>&1); then
        ok "llvm-dyn-aarch64-linux-gnu"
      else
        bad "llvm-dyn-aarch64-linux-gnu" "output differs"
      fi
      g++ -B "$out/weld_ld" -Wl,--threads=1 llvmtool.o $($LC --link-static --ldflags) $libs -lz -ltinfo \
        -lpthread -ldl -lm -o llvm-dyn-t1 2>/dev/null && cmp -s llvm-dyn-weld llvm-dyn-t1 &&
        ok "llvm-dyn-deterministic" || bad "llvm-dyn-deterministic" "output differs between --threads=1 and the default"
    fi
    # llvm-so: every LLVM archive (less those needing libraries not
    # installed) in one shared object, the LLVM program linked against it
    solibs=$($LC --link-static --libs all | tr ' ' '\n' |
      grep -v -E '^-l(Polly|PollyISL|LLVMExtensions|LLVMLTO|LLVMInterpreter|LLVMLineEditor)$' | tr '\n' ' ')
    so_row llvm-so libLLVMall.so g++ \
      "-L/usr/lib/llvm-14/lib -Wl,--whole-archive $solibs -Wl,--no-whole-archive $($LC --link-static --system-libs) -lpthread -Wl,-z,defs" \
      "llvmtool.o" {} aarch64-linux-gnu
  else
    bad llvm "llvm-14-dev missing"
  fi
fi
echo "$pass passed, $fail failed"
[ $fail = 0 ]
