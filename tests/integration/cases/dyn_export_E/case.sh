# -Wl,-E (= --export-dynamic): all global functions and variables of the
# executable are found by dlsym(RTLD_DEFAULT), static ones and hidden ones
# are not; a dlopen()ed plugin uses an exported variable and function.
MODES="pie nopie"
build() {
    shlib_c plugin.so plugin.c
    cc_c main.c
    link -Wl,-E main.o -o prog
}
