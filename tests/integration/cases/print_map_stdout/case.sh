# -M / --print-map write the link map to standard output, as -Map=- does;
# of -M and -Map=FILE the last one wins (one map).  The linkers' maps
# differ in detail, so what is compared is the map's shape: its headings,
# the .text output section, main.o's .text and the symbols main and
# map_probe, and which of stdout and the file got the map.
build() {
    cc_c main.c
    link -static main.o -Wl,-M -o prog >map_M.txt
    link -static main.o -Wl,--print-map -o prog2 >map_print_map.txt
    link -static main.o -Wl,-Map=- -o prog3 >map_dash.txt
    link -static main.o -Wl,-M,-Map=file1.map -o prog4 >stdout1.txt
    link -static main.o -Wl,-Map=file2.map,-M -o prog5 >map_last.txt
}
shape() {
    echo "$1: $(grep -c '^Linker script and memory map$' $1)" \
        "$(grep -c '^Archive member included to satisfy reference by file (symbol)$' $1)" \
        "$(grep -cE '^\.text +0x[0-9a-f]{16} +0x[0-9a-f]+$' $1)" \
        "$(grep -cE '^ \.text +0x[0-9a-f]{16} +0x[0-9a-f]+ main\.o$' $1)" \
        "$(grep -cE '^ +0x[0-9a-f]{16} +(main|map_probe)$' $1)"
}
run() {
    ./prog
    for m in map_M.txt map_print_map.txt map_dash.txt file1.map map_last.txt; do shape $m; done
    echo "stdout with -M,-Map=FILE: $(wc -c <stdout1.txt) bytes; -Map=FILE,-M wrote the file: $([ -e file2.map ] && echo yes || echo no)"
}
