# C++ iostreams against libstdc++.so: cout/cerr/clog, manipulators
# (hex, setw, setfill, fixed, setprecision, boolalpha), stringstreams,
# getline, a user operator<<, wide strings, std::locale::classic.
MODES="pie nopie"
build() {
    cxx_c main.cc
    link_cxx main.o -o prog
}
