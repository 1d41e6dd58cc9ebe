#!/usr/bin/env bash
# An output name of 243..255 bytes is legal but NAME.weld-XXXXXX is not:
# weld fails with ENAMETOOLONG, GNU ld writes the file.
. "$(dirname "$0")/_lib.sh"
tiny; n=$(printf 'x%.0s' $(seq 250))
"$WELD" -static tiny.o -o "$n" 2>&1 | cut -c1-80
[ -x "$n" ] || bug "250-byte output name rejected"
ok "written"
