# -z now -z relro in shared libraries.  BIND_NOW: a library whose code
# refers to a function nobody defines (on a path never taken) dlopens fine
# when linked lazily but fails at dlopen with -z now, naming the symbol.
# RELRO: in libnow.so (-z now -z relro) and liblazy.so (-z lazy -z relro)
# a const table of pointers (.data.rel.ro) and a GOT slot lie in pages the
# loader made read-only, and so does libnow's .got.plt
# (_GLOBAL_OFFSET_TABLE_), while ordinary data stays writable: each library
# reads the protection of its own pages from /proc/self/maps.  Calls
# through the PLT work in both.
build_lib() {
    mklib libnow.so -DFN=now_report -Wl,-z,now -Wl,-z,relro rr.c
    mklib liblazy.so -DFN=lazy_report -Wl,-z,lazy -Wl,-z,relro rr.c
    mklib libnowmiss.so -Wl,-z,now -Wl,-z,relro miss.c
    mklib liblazymiss.so -Wl,-z,lazy -Wl,-z,relro miss.c
}
build_prog() { link -O1 main.c -L. -lnow -llazy -o prog; }
