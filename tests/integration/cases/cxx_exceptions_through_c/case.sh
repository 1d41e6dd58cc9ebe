# C++ exceptions thrown by a C++ callback propagate through C frames
# (gcc -fexceptions, with cleanup attributes) and are caught in C++.
build() {
    cc_c -fexceptions walk.c
    cxx_c cb.cc main.cc
    link_cxx -static main.o walk.o cb.o -o prog
}
