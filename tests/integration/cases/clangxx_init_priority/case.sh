# clang++: init_priority objects across objects (sources as in
# cxx_init_priority); clang uses .init_array.NNNNN sections too.
build() {
    clangxx_c log.cc a.cc b.cc c.cc main.cc
    link_clangxx -static log.o a.o b.o c.o main.o -o prog
}
