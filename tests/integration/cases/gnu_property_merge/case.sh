# .note.gnu.property merged over the inputs as GNU ld merges it: IBT/SHSTK
# (AND) kept only when every object has them, the ISA level (OR) from any;
# run() prints what readelf reads from each output (compared with GNU ld's).
MODES="static"
build() {
    gcc -O1 -fcf-protection=full -mneeded -c start.c -o start.o
    gcc -O1 -fcf-protection=full -c other.c -o all.o
    gcc -O1 -fcf-protection=none -c other.c -o none.o
    $LD -static -e _start start.o all.o -o prog
    $LD -static -e _start start.o none.o -o prog2
}
run() {
    for p in prog prog2; do
        echo "$p: $(readelf -n $p | grep Properties | sed 's/^ *//')"
        echo "$p: $(readelf -lW $p | grep -c GNU_PROPERTY) GNU_PROPERTY header(s)"
    done
    ./prog
}
