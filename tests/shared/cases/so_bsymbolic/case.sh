# -Wl,-Bsymbolic: the library's references to its own hook() and hook_data
# bind to its own definitions although the program defines both (the lib's
# own win, data too); the program still uses its own.  DT_FLAGS SYMBOLIC.
build_lib() { mklib libsym.so lib.c -Wl,-Bsymbolic; }
build_prog() { cc_c main.c; link main.o -L. -lsym -o prog; }
