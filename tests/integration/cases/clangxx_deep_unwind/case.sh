# clang++ -O2: unwinding through a 200-level recursion across three objects
# with destructors in every frame (sources as in cxx_deep_unwind).
build() {
    clangxx_c -O2 a.cc b.cc c.cc main.cc
    link_clangxx -static main.o c.o a.o b.o -o prog
}
