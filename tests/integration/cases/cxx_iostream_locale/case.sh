# iostreams and locales: std::locale::classic, a custom numpunct facet,
# imbue on ostringstream/istringstream/cout, manipulators, wide streams, cerr.
build() {
    cxx_c facet.cc fmt.cc main.cc
    link_cxx -static main.o fmt.o facet.o -o prog
}
