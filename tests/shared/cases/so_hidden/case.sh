# Hidden symbols (visibility attribute and -fvisibility=hidden-style
# declarations) are used inside the library but are not in its .dynsym: the
# dynsyms comparison shows that, and at run time dlsym() finds the visible
# function and variable but fails for the hidden ones, both through the
# library's handle and through RTLD_DEFAULT.
build_lib() { mklib libhid.so lib.c; }
build_prog() { cc_c main.c; link main.o -L. -lhid -o prog; }
