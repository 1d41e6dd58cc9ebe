# Objects from clang (-O2, PIE, -fPIC TLS) mixed with gcc objects; also linked
# with the clang driver (which adds --eh-frame-hdr and --hash-style=both).
build() {
    cc_c gcc_part.c main.c
    cc_clang -O2 -fPIC clang_part.c
    link_clang -static main.o gcc_part.o clang_part.o -o prog
}
