# Interposition: the library defines hook() and hook_data and uses them
# itself (through its PLT/GOT, default -fPIC semantics); the program defines
# them too, so the program linker must export its definitions and the
# library's own calls and reads get the program's (the program's win).
build_lib() { mklib libinter.so lib.c; }
build_prog() { cc_c main.c; link main.o -L. -linter -o prog; }
