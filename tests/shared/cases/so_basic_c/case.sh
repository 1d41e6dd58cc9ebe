# Functions and data exported by a library (a counter, a const table, a
# string) and called / read from the program; the library calls libc itself
# and keeps a static call counter.
build_lib() { mklib libbasic.so lib.c; }
build_prog() { cc_c main.c; link main.o -L. -lbasic -o prog; }
