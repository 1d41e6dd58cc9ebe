# clang++: --gc-sections with exceptions, -ffunction-sections
# -fdata-sections (clang emits LSDAs into per-function .gcc_except_table
# sections); sources as in cxx_gc_sections_eh.
build() {
    clangxx_c -ffunction-sections -fdata-sections lib.cc main.cc
    link_clangxx -static -Wl,--gc-sections main.o lib.o -o prog
}
