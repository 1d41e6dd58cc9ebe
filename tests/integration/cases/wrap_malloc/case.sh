# --wrap=malloc and --wrap=compute: __wrap_/__real_ redirection.
build() {
    cc_c wrap.c compute.c main.c
    link -static -Wl,--wrap=malloc -Wl,--wrap,compute main.o wrap.o compute.o -o prog
}
