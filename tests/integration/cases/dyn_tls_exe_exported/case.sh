# TLS variables defined in the executable (initialised .tdata and .tbss,
# local-exec in the executable) and used by two shared libraries: libgd.so
# (global-dynamic: DTPMOD64/DTPOFF64 against the executable's symbols,
# module 1) and libie.so (initial-exec: TPOFF64).  The executable must
# export them; all three see the same objects.
MODES="pie nopie"
build() {
    shlib_c libgd.so gd.c
    shlib_c libie.so -ftls-model=initial-exec ie.c
    cc_c main.c
    link main.o -L. -lgd -lie -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
