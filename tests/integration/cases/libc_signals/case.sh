# signal/sigaction/raise/kill/sigprocmask (signal trampolines, restorer).
build() {
    cc_c main.c
    link -static main.o -o prog
}
