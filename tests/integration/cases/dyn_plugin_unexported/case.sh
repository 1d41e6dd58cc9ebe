# Without --export-dynamic the executable's functions are not in its
# dynamic symbol table: dlopen(RTLD_NOW) of a plugin that calls back into
# app_log fails with "undefined symbol"; RTLD_LAZY loads, and a plugin
# function that does not need the executable works; dlsym(RTLD_DEFAULT)
# does not find app_log.
MODES="pie nopie"
build() {
    shlib_c plugin.so plugin.c
    cc_c main.c
    link main.o -o prog
}
