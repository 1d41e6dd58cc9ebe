# --no-relax: every GOTPCRELX keeps its .got slot (GNU ld relaxes none of
# them either), one slot per symbol; the program exits 42.  Raw $LD link of
# assembly: MODES="static".
MODES="static"
build() {
    cc_c start.s
    $LD -static --no-relax start.o -o prog
}
run() {
    ./prog
    echo "exit $?"
    readelf -SW prog | sed -n 's/^ *\[ *[0-9]*\] *//p' | awk '$1 == ".got" { print ".got size", $5 }'
    objdump -d prog | grep -c 'lea  *0x' | sed 's/^/lea instructions: /'
}
