# Protected visibility: the library's protected pfunc() and pdata bind
# locally inside the library (the program's own pfunc() does not interpose
# it), but both are exported (PROTECTED in .dynsym) and usable from the
# program: &pget and &pdata taken in the program equal the library's, and
# writes through either side are seen by the other.  The program is compiled
# -fPIC so that it reaches pdata through the GOT (a copy relocation of
# protected data would give the program and the library two copies).
build_lib() { mklib libprot.so lib.c; }
build_prog() { cc_c -fPIC main.c; link main.o -L. -lprot -o prog; }
