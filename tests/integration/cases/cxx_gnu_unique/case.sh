# STB_GNU_UNIQUE objects (function-local statics of inline functions and
# templates, a template static data member) defined in six objects, one of
# them built with -fno-gnu-unique (plain weak definitions of the same
# symbols): one instance each, checked by address and accumulated state.
build() {
    cxx_c u1.cc u2.cc u3.cc u4.cc u5.cc main.cc
    cxx_c -fno-gnu-unique u6.cc
    # the test is only meaningful if g++ really emitted unique symbols
    readelf -sW u1.o | grep -q ' UNIQUE ' || { echo "no STB_GNU_UNIQUE in u1.o" >&2; exit 1; }
    link_cxx -static u6.o u4.o u1.o main.o u2.o u5.o u3.o -o prog
}
