# --gc-sections over all of static glibc (which relies on __start_/__stop_ of
# sections such as __libc_atexit and __libc_IO_vtables), with threads + TLS.
build() {
    cc_c -ffunction-sections -fdata-sections -pthread main.c
    link -static -pthread -Wl,--gc-sections main.o -o prog
}
