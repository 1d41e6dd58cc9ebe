# __thread variables in threads of a static pthread program.
build() {
    cc_c -pthread worker.c main.c
    link -static -pthread main.o worker.o -o prog
}
