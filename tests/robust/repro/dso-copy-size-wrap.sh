#!/usr/bin/env bash
# A shared object's data object with st_size 0xffffffffffffffff, copy-relocated
# into a -no-pie program: allocate_copies() (src/synth.c) adds MAX(size, 1) to
# the copy area unchecked, the area's size wraps, and the next copied variable
# gets the same address.  weld exits 0 and writes a program with two
# R_X86_64_COPY at one address (at run time ld.so copies 2^64-1 bytes).  GNU ld
# also writes a broken program; weld should reject the size naming libw.so
# (e.g. st_value + st_size past the symbol's section in the library).
. "$(dirname "$0")/_lib.sh"
cat > lib.c <<'EOF'
int big_data[4] = {1, 2, 3, 4};
const char *other = "other";
EOF
cat > main.c <<'EOF'
#include <stdio.h>
extern int big_data[4];
extern const char *other;
int get_big(void) { return big_data[0]; } /* big_data first: copied first */
int main(void) { printf("%d %s\n", get_big(), other); return 0; }
EOF
gcc -shared -fPIC -fuse-ld=bfd -Wl,-soname,libw.so lib.c -o libw.so && gcc -O1 -fno-pie -c main.c -o main.o || exit 2
ds=$(readelf -SW libw.so | sed -n 's/^ *\[ *[0-9]*\] //p' | awk '$1 == ".dynsym" { print $4; exit }')
idx=$(readelf --dyn-syms -W libw.so | awk '$8 == "big_data" { sub(":", "", $1); print $1 }')
[ -n "$ds" ] && [ -n "$idx" ] || exit 2
printf '\xff\xff\xff\xff\xff\xff\xff\xff' | dd of=libw.so bs=1 seek=$((16#$ds + 24 * idx + 16)) conv=notrunc status=none
mkdir b && ln -s "$WELD" b/ld
gcc -B b/ -no-pie main.o libw.so -o prog 2> err; rc=$?
head -2 err
if [ $rc = 0 ]; then
    dup=$(readelf -rW prog | awk '/R_X86_64_COPY/ { print $1 }' | sort | uniq -d)
    [ -n "$dup" ] && bug "exit 0; two R_X86_64_COPY at 0x$dup (big_data's 2^64-1-byte copy wrapped)"
    bug "exit 0 with a 2^64-1-byte copy relocation"
fi
grep -q 'libw.so' err || bug "exit $rc, but the error does not name libw.so"
ok "rejected: $(head -1 err)"
