# TLS descriptors (-mtls-dialect=gnu2) in the library and in the program:
# the library's global and static __thread variables go through
# R_X86_64_TLSDESC (lazy or not, the loader's choice); the program is
# compiled -fPIC too, so its accesses to the library's variable are
# TLSDESC sequences its linker relaxes to initial-exec and those to its own
# variable to local-exec.  Main thread and two threads.
build_lib() { mklib libtdesc.so -mtls-dialect=gnu2 lib.c; }
build_prog() { cc_c -fPIC -mtls-dialect=gnu2 -pthread main.c; link -pthread main.o -L. -ltdesc -o prog; }
