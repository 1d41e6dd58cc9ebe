# -Wl,-Bsymbolic-functions: the library's calls of its own hook() (and its
# address) bind locally, but hook_data does not: its reads get the
# program's definition.
build_lib() { mklib libsymf.so lib.c -Wl,-Bsymbolic-functions; }
build_prog() { cc_c main.c; link main.o -L. -lsymf -o prog; }
