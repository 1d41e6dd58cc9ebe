# glibc's versioned functions: memcpy (GLIBC_2.14, and memcpy@GLIBC_2.2.5
# explicitly), fopen, pthread_create (GLIBC_2.34), dlopen (GLIBC_2.34),
# realpath, qsort, clock_gettime, plus _FORTIFY_SOURCE __*_chk functions.
# build() checks that the program requires GLIBC_2.34 and GLIBC_2.2.5.
MODES="pie nopie"
build() {
    cc_c -O2 -D_FORTIFY_SOURCE=2 -pthread main.c
    cc_c oldmemcpy.c
    link -pthread main.o oldmemcpy.o -o prog
    readelf -VW prog > ver.txt
    grep -q 'Name: GLIBC_2.34' ver.txt && grep -q 'Name: GLIBC_2.2.5' ver.txt || { echo "version needs missing" >&2; exit 1; }
}
