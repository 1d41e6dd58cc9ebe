# __start_SECNAME/__stop_SECNAME for a custom section spread over several files.
build() {
    cc_c a.c b.c c.c main.c
    link -static main.o a.o b.o c.o -o prog
}
