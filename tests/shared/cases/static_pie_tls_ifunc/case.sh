# TLS and IFUNC in a static PIE (NO_LIB): initialized and zero-initialized
# __thread variables (local-exec/initial-exec in the executable, and a
# general-dynamic access from an object compiled -fPIC), read and written
# by several threads, each seeing its own copy with the right initial
# values; a user IFUNC (called directly, through its address, and from
# threads) whose R_X86_64_IRELATIVE relocation the startup code applies,
# plus libc's own IFUNCs (strlen, memcpy) from libc.a.
NO_LIB=1
build_prog() {
    cc_pic gd.c
    link -O1 -static-pie main.c gd.o -pthread -o prog
}
run() { ./prog; }
