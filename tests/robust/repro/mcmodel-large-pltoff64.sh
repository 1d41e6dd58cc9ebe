#!/usr/bin/env bash
# gcc -mcmodel=large: calls go through R_X86_64_PLTOFF64 (and GOTPC64);
# weld: "unsupported relocation type 31", GNU ld links.
. "$(dirname "$0")/_lib.sh"
printf '#include <stdio.h>\nint main(void){ puts("large"); return 0; }\n' > l.c
mkdir wld && ln -s "$WELD" wld/ld
gcc -mcmodel=large -static -B wld/ l.c -o prog || bug "weld cannot link a -mcmodel=large hello world"
[ "$(./prog)" = large ] || bug "wrong output '$(./prog)'"
ok "links"
