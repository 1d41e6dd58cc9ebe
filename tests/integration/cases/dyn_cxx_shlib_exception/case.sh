# C++ exceptions thrown from a user shared library (built with GNU ld):
# the library's own exception class (key function and type_info in the
# library) caught by exact type and as std::runtime_error, an int, a
# std::string; an exception of the executable's type thrown by an
# executable callback through the library's frames (destructors there
# run) and caught back in the executable; rethrow via exception_ptr.
MODES="pie nopie"
build() {
    shlib_cxx libthrow.so lib.cc
    cxx_c main.cc
    link_cxx main.o -L. -lthrow -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
