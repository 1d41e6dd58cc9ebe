# --shuffle-sections[=SEED] and --reverse-sections (weld, as in mold; GNU
# ld has neither): the input sections of each allocated output section
# are permuted, except .init/.fini, .ctors/.dtors, the init/fini arrays
# and .eh_frame.  Objects with -ffunction-sections -fdata-sections,
# constructors with and without priorities, destructors, TLS.  Every
# variant must run as the plain link does (constructor order included).
# Two links with the same seed are byte-identical, with --threads=1 or
# not, --shuffle-sections equals --shuffle-sections=0, and seed 2,
# --reverse-sections and the plain link all differ from seed 1.  With a
# linker without the options (GNU ld's pass) every variant is the plain
# link and run() prints the facts weld must show.
build() {
    cc_c -ffunction-sections -fdata-sections a.c b.c c.c
    local objs="a.o b.o c.o"
    link -static $objs -o plain
    if link -static -Wl,--shuffle-sections=1 $objs -o prog 2>/dev/null; then
        link -static -Wl,--shuffle-sections=1,--threads=1 $objs -o s1b
        link -static -Wl,--shuffle-sections=2 $objs -o s2
        link -static -Wl,--shuffle-sections $objs -o s0
        link -static -Wl,--shuffle-sections=0 $objs -o s0b
        link -static -Wl,--reverse-sections $objs -o rev
    else
        for p in prog s1b s2 s0 s0b rev; do cp plain $p; done
        touch no_shuffle
    fi
}
fact() { # fact WHAT A B same|differ
    local got=differ
    if [ -e no_shuffle ]; then got=$4; elif cmp -s "$2" "$3"; then got=same; fi
    echo "$1: $got"
}
run() {
    for p in prog s1b s2 s0 s0b rev plain; do
        echo "== $p"
        ./$p
    done
    fact "seed 1 twice (--threads=1)" prog s1b same
    fact "no seed and seed 0" s0 s0b same
    fact "seed 1 and seed 2" prog s2 differ
    fact "seed 1 and plain" prog plain differ
    fact "reverse and plain" rev plain differ
}
