#!/usr/bin/env bash
# A TLS reference bound to a non-TLS definition (and the reverse), in another
# object or in a shared object: GNU ld refuses ("TLS reference in tr.o
# mismatches non-TLS definition in td.o section .data"); weld links them, and
# the static program prints 0 instead of 1 (a TPOFF of a .data address).
. "$(dirname "$0")/_lib.sh"
printf '#include <stdio.h>\nextern __thread int x;\nint main(void) { printf("%%d\\n", x); return 0; }\n' > tr.c
printf 'int x = 1;\n' > td.c
printf '#include <stdio.h>\nextern int y;\nint main(void) { printf("%%d\\n", y); return 0; }\n' > nr.c
printf '__thread int y = 1;\n' > nd.c
gcc -O1 -c tr.c td.c nr.c nd.c && gcc -shared -fPIC -fuse-ld=bfd td.c -o libtd.so && gcc -shared -fPIC -fuse-ld=bfd nd.c -o libnd.so || exit 2
mkdir b && ln -s "$WELD" b/ld
why=""
for t in "-static tr.o td.o" "-static nr.o nd.o" "tr.o libtd.so" "nr.o libnd.so"; do
    # shellcheck disable=SC2086
    if gcc -B b/ $t -o prog 2> err; then why+="[$t: exit 0, prints $(LD_LIBRARY_PATH=. ./prog 2>&1 | head -1)] "
    elif ! grep -q '^weld: error: .*TLS' err; then why+="[$t: $(head -1 err)] "; fi
done
[ -z "$why" ] || bug "TLS/non-TLS mismatch accepted: $why"
ok "all four rejected"
