# --wrap with shared-library functions: --wrap=lib_compute sends the
# executable's calls to __wrap_lib_compute, whose __real_lib_compute
# reaches the library's function; --wrap=malloc counts the executable's
# own malloc calls (libc's internal ones are not affected).
MODES="pie nopie"
build() {
    shlib_c libwc.so lib.c
    cc_c main.c
    link -Wl,--wrap=lib_compute -Wl,--wrap=malloc main.o -L. -lwc -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
