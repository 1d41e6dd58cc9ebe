# clang++ -O2: exceptions of many types thrown in one object, rethrown/
# wrapped in a second and caught in a third (sources as in
# cxx_exceptions_cross_object), linked through the clang++ driver.
build() {
    clangxx_c -O2 thrower.cc middle.cc main.cc
    link_clangxx -static main.o middle.o thrower.o -o prog
}
