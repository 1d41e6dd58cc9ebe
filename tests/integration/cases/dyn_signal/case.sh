# Signal handlers in a dynamic program and in a shared library: sigaction
# with SA_SIGINFO and sigqueue values, raise/kill, a handler installed by
# the library calling back into the executable, a blocked signal delivered
# on unblock, SIG_IGN, and the status of a child killed by SIGTERM.
MODES="pie nopie"
build() {
    shlib_c libsig.so lib.c
    cc_c main.c
    link main.o -L. -lsig -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
