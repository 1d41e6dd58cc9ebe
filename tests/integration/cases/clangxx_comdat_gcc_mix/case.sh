# COMDAT templates, inline functions/variables, a template vtable and
# type_info instantiated by clang++ in some objects and by g++ in others
# (sources as in cxx_comdat_templates): one definition of each, by address.
build() {
    clangxx_c -std=c++17 u1.cc u3.cc u5.cc main.cc
    cxx_c -std=c++17 u2.cc u4.cc u6.cc u7.cc
    link_clangxx -static u2.o main.o u1.o u7.o u3.o u5.o u4.o u6.o -o prog
}
