# The program (a PIE: initial-exec accesses, R_X86_64_TPOFF64 against the
# library's symbol in the program's GOT) reads and writes the library's
# exported __thread variables directly; the library (general dynamic) sees
# the same per-thread objects: same addresses and values in the main thread
# and two threads.
build_lib() { mklib libtexe.so lib.c; }
build_prog() { cc_c -pthread main.c; link -pthread main.o -L. -ltexe -o prog; }
