# pthread mutex/condvar/once/keys in a static binary, deterministic output order.
build() {
    cc_c -pthread main.c
    link -static -pthread main.o -o prog
}
