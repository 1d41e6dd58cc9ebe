# stdout and stderr from the executable and from a shared library: the
# FILE pointers stdout/stderr (libc variables, copied into the executable)
# are the same objects in both; interleaving within each stream, setvbuf,
# fwrite, fputc, and write(2) after fflush.
MODES="pie nopie"
build() {
    shlib_c libout.so lib.c
    cc_c main.c
    link main.o -L. -lout -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
