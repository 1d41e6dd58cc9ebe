#!/usr/bin/env bash
# .ldata (SHF_X86_64_LARGE, -mcmodel=medium objects > 64 KiB) is laid out
# before .bss and loses its flag; GNU ld puts it after .bss.  With 2 GiB of
# .ldata, small-model references to .bss overflow in weld only.  Shown with
# 16 MiB: the order and the flag.
. "$(dirname "$0")/_lib.sh"
printf 'char big[16 << 20] = {1};\nint small_bss;\nint main(void){ return big[0] + small_bss; }\n' > m.c
gcc -O1 -mcmodel=medium -c m.c -o m.o
"$WELD" -static -e main m.o -o prog || exit 2
readelf -SW prog | grep -E '\.(ldata|bss) '
order=$(readelf -SW prog | awk '{for (i = 1; i <= NF; i++) if ($i == ".ldata" || $i == ".bss") printf "%s ", $i}')
[ "$order" = ".bss .ldata " ] || bug "section order '$order' (GNU ld: .bss .ldata)"
ok "order $order"
