# TLS NOBITS inputs: a megabyte .tbss array, a .tbss variable aligned to
# 4096, a TLS COMMON symbol (.tls_common, two sizes of one name: the larger
# and the stricter alignment win) and an explicit .tcommon section, which
# GNU ld's script puts at the end of .tbss (*(.tcommon)), next to .tdata.
# (One TLS COMMON symbol only: GNU ld lays several out in its hash table's
# order, weld in symbol order.)  Both threads read zeros and
# then only their own writes.  run() also compares PT_TLS (file size, memory
# size, alignment), the .tdata/.tbss sizes and alignments, and the TLS
# symbols' values (offsets in the TLS template) with GNU ld's.
build() {
    cc_c -pthread main.c other.c tls_common1.s tls_common2.s tcommon.s
    link -static -pthread main.o other.o tcommon.o tls_common1.o tls_common2.o -o prog
}
run() {
    ./prog
    readelf -lW prog | awk '$1 == "TLS" {print "PT_TLS filesz", $5, "memsz", $6, "align", $NF}'
    readelf -SW prog | awk '{sub(/^ *\[ *[0-9]+\] */, "")} $1 ~ /^\.t(data|bss)$/ {print $1, $2, "size", $5, "align", $NF}'
    readelf -sW prog | awk '$4 == "TLS" && $8 ~ /^tls_/ {print $8, $2, $3}' | sort
}
