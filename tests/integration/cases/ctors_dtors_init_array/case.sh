# .ctors/.dtors in .init_array/.fini_array, as GNU ld's default script
# places them: .ctors.N sorts with .init_array.(65535-N) (ties by section
# name: .ctors.00100 before .init_array.65435), plain .ctors with plain
# .init_array in input order, and every .ctors/.dtors section with more
# than one word is copied in reverse (it ran backwards from crtbegin).
# Mixed with constructor(N)/destructor(N) functions, raw .init_array and
# .ctors sections in C, clang -fno-use-init-array objects (.ctors, .ctors.N,
# .dtors.N), assembly with multi-word and odd-named sections, archive
# members (one extracted, one not), and an object named like crtend.o,
# whose plain .ctors/.dtors stay in output sections of their own.  The
# program prints the run order of every constructor and destructor; run()
# also compares the arrays' section sizes and types.  prog2 is the same
# link with -z pack-relative-relocs (the reversed words' RELATIVE
# relocations as DT_RELR in a PIE).
build() {
    cc_c main.c ctor_c.c asm_ctors.s mem_used.c mem_unused.c x_crtend.c
    cc_clang -fno-use-init-array clang_ctors.c
    mkar libmem.a mem_unused.o mem_used.o
    link -static main.o ctor_c.o clang_ctors.o asm_ctors.o libmem.a x_crtend.o -o prog
    link -static -Wl,-z,pack-relative-relocs main.o ctor_c.o clang_ctors.o asm_ctors.o libmem.a x_crtend.o \
        -o prog2
}
run() {
    ./prog
    ./prog2 | md5sum
    readelf -SW prog | awk '{sub(/^ *\[ *[0-9]+\] */, "")} $1 ~ /^\.(init_array|fini_array|preinit_array|ctors|dtors)$/ {print $1, $2, $5, $6}'
}
