# A dlopen()ed library with __thread variables (dynamic TLS: a module
# loaded after startup, blocks allocated on first access in each thread):
# one thread exists before the dlopen and one is created after it; each
# bumps its own counter and writes its own copy of the exported pv, which
# dlsym() finds at the address the library reports.
build_lib() { mklib plugin.so plugin.c; }
build_prog() { cc_c -pthread main.c; link -pthread main.o -o prog; }
