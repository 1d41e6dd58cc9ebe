# --gc-sections in a dynamic link (-ffunction-sections -fdata-sections):
# unused functions go, but functions and data that a shared library
# references (exported), constructors, and -Wl,--export-dynamic-symbol
# ones stay; dlsym finds the exported ones.
MODES="pie nopie"
build() {
    shlib_c libgc.so lib.c
    cc_c -ffunction-sections -fdata-sections main.c
    link -Wl,--gc-sections -Wl,--export-dynamic-symbol=keep_me main.o -L. -lgc -o prog
    if nm prog | grep -q ' unused_function$'; then echo "unused_function kept" >&2; exit 1; fi
}
run() { LD_LIBRARY_PATH=. ./prog; }
