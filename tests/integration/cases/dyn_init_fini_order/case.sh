# Initialisation and termination order across shared objects: liba.so
# depends on libb.so; the program needs liba.so.  .preinit_array of the
# program first, then libb's constructors, liba's, the program's (priority
# and default, .init_array), main with atexit handlers; at exit the
# reverse: atexit handlers and the program's destructors, liba's, libb's.
MODES="pie nopie"
build() {
    shlib_c libb.so b.c
    shlib_c liba.so a.c -L. -lb
    cc_c main.c
    link main.o -L. -Wl,-rpath-link,. -la -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
