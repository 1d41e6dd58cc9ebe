#!/usr/bin/env bash
# An object with > 65,280 sections: a symbol whose real section index (from
# SHT_SYMTAB_SHNDX) is in 0xff00..0xffff is compared with SHN_ABS/SHN_COMMON/
# SHN_LORESERVE after the lookup.  Section 0xff00: the symbol reads as
# absolute, the program calls address 0 (segfault); 0xfff2 reads as COMMON
# ("COMMON alignment 0 is not a power of two").  GNU ld: exit status 252.
. "$(dirname "$0")/_lib.sh"
awk 'BEGIN { for (i = 0; i < 65300; i++)
    printf ".section .text.f%d,\"ax\",@progbits\n.globl f%d\nf%d: mov $%d, %%eax\nret\n", i, i, i, i }' > x.s
as x.s -o x.o
readelf -sW x.o | awk '$8 == "f65276" {print "f65276 is in section " $7}'
printf '.text\n.globl _start\n_start: call f65276\nmov %%eax, %%edi\nmov $60, %%eax\nsyscall\n' > s.s && as s.s -o s.o
"$WELD" -static s.o x.o -o prog || bug "link failed"
./prog; st=$?
[ $st = 252 ] || bug "program exit status $st, expected 252 (f65276 returns 65276)"
ok "exit 252"
