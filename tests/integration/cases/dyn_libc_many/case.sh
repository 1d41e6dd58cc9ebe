# Many libc functions through the PLT of a dynamic program: qsort and
# bsearch with callbacks, the printf family (including vsnprintf through a
# variadic wrapper and fortified -D_FORTIFY_SOURCE=2 -O2 variants),
# strtod/strtol/strtoul, getenv, atexit handlers, string functions,
# rand with a fixed seed, div, strtok_r, sscanf.
MODES="pie nopie"
build() {
    cc_c -O2 -D_FORTIFY_SOURCE=2 main.c
    link main.o -o prog
}
