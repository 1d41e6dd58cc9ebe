# Symbol versioning with .symver, the way libraries keep old ABIs:
# libfoo.so.1 (new) has foo@VER_1 (old implementation, hidden from new
# links) and foo@@VER_2 (new, the default), plus bar@@VER_1 and
# baz@@VER_2.  prog_old is linked against an older build of the library
# (libfoo_v1.so, same soname libfoo.so.1, only VER_1) and run against the
# new one: its foo binds to foo@VER_1.  prog is linked against the new
# library: foo binds to foo@@VER_2.  dlsym gives the default version,
# dlvsym each one.
PROGS="prog_old prog"
build_lib() {
    mklib libfoo_v1.so -Wl,-soname,libfoo.so.1 -Wl,--version-script,v1.map foo_v1.c
    mklib libfoo.so.1 -Wl,-soname,libfoo.so.1 -Wl,--version-script,v2.map foo_v2.c
}
build_prog() {
    link -O1 main_old.c ./libfoo_v1.so -o prog_old
    link -O1 main.c ./libfoo.so.1 -o prog
}
run() {
    echo "== prog_old (linked against libfoo_v1.so) with the new libfoo.so.1"
    LD_LIBRARY_PATH=. ./prog_old
    echo "== prog (linked against the new libfoo.so.1)"
    LD_LIBRARY_PATH=. ./prog
}
