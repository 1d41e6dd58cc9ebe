# g++'s default dynamic link of a C++ program in three objects: templates,
# std::string/map/algorithms, virtual calls, lambdas,
# exceptions between the objects, static objects with destructors.
MODES="pie nopie"
build() {
    cxx_c -std=c++17 words.cc shapes.cc main.cc
    link_cxx main.o shapes.o words.o -o prog
}
