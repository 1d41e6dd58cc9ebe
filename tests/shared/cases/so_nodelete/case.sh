# -z nodelete (DF_1_NODELETE in FLAGS_1): dlclose() does not unload the
# library: RTLD_NOLOAD still finds it, a static counter survives a
# dlclose/dlopen cycle, the function address stays the same, and the
# library's destructor runs only at exit.
build_lib() { mklib libnd.so lib.c -Wl,-z,nodelete; }
build_prog() { cc_c main.c; link main.o -o prog; }
