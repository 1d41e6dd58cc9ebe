# C11 <threads.h>, <stdatomic.h>, _Thread_local.
build() {
    cc_c -std=c11 -pthread main.c
    link -static -pthread main.o -o prog
}
