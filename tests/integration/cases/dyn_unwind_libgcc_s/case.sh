# A C program (-fexceptions -funwind-tables) calling _Unwind_Backtrace and
# _Unwind_GetIP: gcc's "--as-needed -lgcc_s" makes libgcc_s.so.1 a
# DT_NEEDED only because of that (the runner compares the DT_NEEDED set);
# the backtrace walks through frames of the executable and of a shared
# library (counted, not printed).
MODES="pie nopie"
build() {
    shlib_c libfr.so -fexceptions -funwind-tables lib.c
    cc_c -fexceptions -funwind-tables main.c
    link main.o -L. -lfr -o prog
    readelf -dW prog | grep -q 'NEEDED.*libgcc_s' || { echo "libgcc_s not NEEDED" >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; }
