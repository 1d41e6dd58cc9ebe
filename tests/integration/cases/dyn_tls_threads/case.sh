# TLS from two threads (pthread) and the main thread: variables of a shared
# library accessed from the executable with global-dynamic, initial-exec and
# descriptor code, plus the executable's own __thread variables; every
# thread sees its own initial values and copies.
MODES="pie nopie"
build() {
    shlib_c libtls.so -pthread lib.c
    $CC $CFLAGS_BASE -fPIC -ftls-model=global-dynamic -DACC=gd -c acc.c -o acc_gd.o
    $CC $CFLAGS_BASE -fPIC -ftls-model=initial-exec -DACC=ie -c acc.c -o acc_ie.o
    $CC $CFLAGS_BASE -fPIC -mtls-dialect=gnu2 -DACC=desc -c acc.c -o acc_desc.o
    cc_c -pthread main.c
    link -pthread main.o acc_gd.o acc_ie.o acc_desc.o -L. -ltls -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
