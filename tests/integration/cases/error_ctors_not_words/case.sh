# A .ctors section placed in .init_array is copied word by word in reverse,
# so it must hold one relocated 8-byte word per relocation (GNU ld:
# "size of section .ctors is not multiple of address size").
EXPECT_ERROR='bad_ctors\.o.*size of section \.ctors is not multiple of address size'
build() {
    cc_c main.c bad_ctors.s
    link -static main.o bad_ctors.o -o prog
}
