# A library compiled -ftls-model=initial-exec (GOTTPOFF, R_X86_64_TPOFF64 in
# the library): DF_STATIC_TLS in its DT_FLAGS (the FLAGS comparison); an
# exported and a static __thread variable used by the main thread and two
# threads.
build_lib() { mklib libtie.so -ftls-model=initial-exec lib.c; }
build_prog() { cc_c -pthread main.c; link -pthread main.o -L. -ltie -o prog; }
