# Section symbols: GNU ld 2.40 writes no STT_SECTION entries into the
# .symtab (or .dynsym) of an executable or a shared library (only -r and
# --emit-relocs outputs need them).  Also compared: the STT_FILE symbols,
# each input file's name for those that have locals but no STT_FILE
# symbol of their own (Scrt1.o, crt1.o ...), sorted.  The shared library is
# linked by the linker under test.
build() {
    cc_c main.c
    cc_c -fPIC lib.c
    link -static main.o -o prog
    $CC -B "$LDDIR/" -shared lib.o -o libx.so
}
run() {
    ./prog
    for f in prog libx.so; do
        echo "$f: $(readelf -sW $f | grep -c ' SECTION ') section symbols"
        echo "$f: files:" $(readelf -sW $f | sed -n '/^Symbol table .\.symtab/,$p' |
            awk '$4 == "FILE" && NF == 8 { print $8 }' | sort | uniq -c | tr -s ' ' | tr '\n' ',')
    done
}
