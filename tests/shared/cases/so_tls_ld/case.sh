# static __thread variables in a library: -fPIC code reaches them with the
# local-dynamic model (one __tls_get_addr for the module, DTPOFF32 offsets);
# a zero-initialized (.tbss) and an initialized (.tdata) array, used by the
# main thread and two threads.
build_lib() { mklib libtld.so lib.c; }
build_prog() { cc_c -pthread main.c; link -pthread main.o -L. -ltld -o prog; }
