# A TLS segment of .tbss only (no .tdata anywhere in the program: libc's
# TLS is in libc.so, hence dynamic modes only), aligned to 8192, more than
# a page: PT_TLS has no file bytes, GNU ld's memory size and alignment, and
# the sections after .tbss (.init_array, .data, .bss) are not covered by
# its size.  A second thread sees zeros and its own writes.  (GNU ld's own
# static program with this alignment fails at start-up.)
MODES="pie nopie"
build() {
    cc_c -pthread main.c more.c
    link -pthread main.o more.o -o prog
}
run() {
    ./prog
    readelf -lW prog | awk '$1 == "TLS" {print "PT_TLS filesz", $5, "memsz", $6, "align", $NF}'
    readelf -SW prog | awk '{sub(/^ *\[ *[0-9]+\] */, "")} $1 ~ /^\.t(data|bss)$/ {print $1, $2, "size", $5, "align", $NF}'
    readelf -sW prog | awk '$4 == "TLS" && $8 ~ /^tb_/ {print $8, $2, $3}' | sort
}
