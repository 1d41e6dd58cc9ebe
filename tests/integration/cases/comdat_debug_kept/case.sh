# Debug info of discarded COMDAT instances (inline functions, templates)
# that still points at them.  GNU ld applies such a reference to the
# winner's copy when that copy matches (same symbols, same size: here the
# -O0 objects), and otherwise writes a tombstone: 0, or 1 in .debug_ranges
# (0 would end the range list).  Objects with DWARF 4 (.debug_ranges,
# .debug_loc) and DWARF 5 (.debug_rnglists, .debug_addr), -O0 and -O2.
# run() compares the words of .debug_ranges and the decoded .debug_info,
# .debug_line, .debug_aranges and .debug_addr, addresses shown as
# function+offset (norm.py), with GNU ld's.  Not decoded: .debug_ranges
# (readelf applies the DWARF 5 unit's offsets to it too) and .debug_loc
# (tombstones 0 end its lists early, readelf reads the rest as garbage;
# comdat_debug_asm checks its words).  String offsets are left out (GNU ld
# also merges a string into another that ends with it, weld does not); the
# strings themselves are compared.
build() {
    local map="-fdebug-prefix-map=$PWD=/src"
    cxx_c -g -gdwarf-4 -O0 "$map" a.cc b.cc
    cxx_c -g -gdwarf-4 -O2 -fno-inline -gno-variable-location-views "$map" c.cc
    cxx_c -g -gdwarf-5 -O2 -fno-inline -gno-variable-location-views "$map" d.cc
    link_cxx -static a.o b.o c.o d.o -o prog
}
run() {
    ./prog
    /usr/bin/python3 norm.py prog .debug_ranges q
    for what in info rawline aranges addr; do
        echo "== $what"
        readelf --debug-dump=$what prog 2>&1 | /usr/bin/python3 norm.py prog |
            sed -E 's/\(indirect (line )?string, offset: (0x)?[0-9a-f]+\)/(indirect \1string)/'
    done
}
