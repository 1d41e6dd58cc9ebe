# __thread variables in a library with the default -fPIC model (general
# dynamic: __tls_get_addr, DTPMOD64/DTPOFF64): the main thread and two
# threads each increment their own copy (initial value 10, an initialized
# char array too) and get distinct addresses; results printed after join.
build_lib() { mklib libtgd.so lib.c; }
build_prog() { cc_c -pthread main.c; link -pthread main.o -L. -ltgd -o prog; }
