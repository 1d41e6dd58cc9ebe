# g++: exceptions of many types thrown in one object, rethrown/wrapped in a
# second and caught in a third; throw_with_nested, exception_ptr.
build() {
    cxx_c thrower.cc middle.cc main.cc
    link_cxx -static main.o middle.o thrower.o -o prog
}
