# pthread cancellation in a dynamic program: deferred cancellation at a
# cancellation point (pthread_cond_wait, pthread_testcancel) with cleanup
# handlers (pthread_cleanup_push/pop, run in LIFO order; glibc unwinds with
# libgcc_s), PTHREAD_CANCEL_DISABLE, pthread_exit with cleanup, and the
# join results.
MODES="pie nopie"
build() {
    cc_c -pthread main.c
    link -pthread main.o -o prog
}
