# Exceptions ping-ponging between clang++ and g++ frames: thrown in one
# compiler's object, caught/rethrown/translated in the other's.
build() {
    clangxx_c -O2 clang.cc main.cc
    cxx_c -O2 gcc.cc
    link_cxx -static main.o gcc.o clang.o -o prog
}
