# clang++: RTTI and dynamic_cast across objects (sources as in
# cxx_rtti_dynamic_cast), with shapes.cc built by g++ so that vtables and
# type_info come from both compilers.
build() {
    clangxx_c factory.cc main.cc
    cxx_c shapes.cc
    link_clangxx -static main.o factory.o shapes.o -o prog
}
