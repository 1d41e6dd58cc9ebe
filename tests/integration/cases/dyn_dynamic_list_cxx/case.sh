# -Wl,--dynamic-list with extern "C++" patterns: the program's ns::hook(int)
# (a demangled glob) and ns::Counter::bump() (a quoted exact name) are
# exported for a dlopen()ed C++ plugin that calls them; ns::hidden() is not
# (dlsym does not find it).
MODES="pie nopie"
build() {
    shlib_cxx plugin.so plugin.cc
    cxx_c main.cc
    link_cxx -Wl,--dynamic-list=list.txt main.o -ldl -o prog
}
