# Static destructors across objects run in reverse order of construction,
# interleaved with atexit handlers and function-local statics (constructed
# during static init or in main) by completion order; exit status 3 kept.
build() {
    cxx_c a.cc b.cc main.cc
    link_cxx -static a.o b.o main.o -o prog
}
