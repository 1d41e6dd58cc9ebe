# Vague-linkage objects shared between a library and the program: an inline
# function's static local, a template's static data member, an inline
# variable (C++17) and a template function's static local, all instantiated
# in both.  They are STB_GNU_UNIQUE or weak exported definitions; the loader
# must bind the library's and the program's references to one object, so
# there is one counter per process and the addresses compare equal.
build_lib() { mklib_cxx libinl.so -std=c++17 lib.cc; }
build_prog() { link_cxx -O1 -std=c++17 main.cc -L. -linl -o prog; }
