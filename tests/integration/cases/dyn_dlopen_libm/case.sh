# dlopen("libm.so.6") / dlsym of cos, sqrt, pow, ldexp / dlclose; dlopen of a
# library that does not exist (dlerror text); dlsym of a missing symbol.
MODES="pie nopie"
build() {
    cc_c main.c
    link main.o -o prog
}
