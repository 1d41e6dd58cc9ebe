# -z stack-size=0x400000: PT_GNU_STACK's p_memsz (read by musl and some
# loaders as the main thread's stack size), the flags unchanged.
build() {
    cc_c main.c
    link -static main.o -Wl,-z,stack-size=0x400000 -o prog
}
run() {
    ./prog
    echo "PT_GNU_STACK: $(phdr GNU_STACK)"
}
