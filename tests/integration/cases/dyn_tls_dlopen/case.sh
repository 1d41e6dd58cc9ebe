# TLS in a dlopen()ed plugin (dynamic TLS, __tls_get_addr) next to the
# executable's own TLS (module 1), which the plugin also reads by name
# (-rdynamic); threads created before and after the dlopen.
MODES="pie nopie"
build() {
    shlib_c plugin.so plugin.c
    cc_c -pthread main.c
    link -rdynamic -pthread main.o -o prog
}
