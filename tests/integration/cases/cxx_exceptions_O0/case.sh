# The same exception program as cxx_exceptions_O2 built with -O0 (frame
# pointers, no inlining, every call site in the LSDA).
build() {
    cxx_c -O0 work.cc main.cc
    link_cxx -static main.o work.o -o prog
}
