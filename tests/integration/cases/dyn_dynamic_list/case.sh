# -Wl,--dynamic-list=list.txt: only the listed symbols of the executable
# (a function with a wildcard pattern match, a variable) are exported for
# dlsym and for a dlopen()ed plugin; others are not.
MODES="pie nopie"
build() {
    shlib_c plugin.so plugin.c
    cc_c main.c
    link -Wl,--dynamic-list=list.txt main.o -o prog
}
