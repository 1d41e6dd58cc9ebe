# --export-dynamic (-rdynamic): a plugin (built with GNU ld) is dlopen()ed
# with RTLD_NOW and calls back into functions of the executable and reads
# and writes one of its variables; the plugin's constructor and destructor
# (at dlclose) run.
MODES="pie nopie"
build() {
    shlib_c plugin.so plugin.c
    cc_c main.c
    link -rdynamic main.o -o prog
}
