# As dyn_interpose_exe_wins, linked with -rdynamic: every global of the
# executable is exported; the library's references bind to the
# executable's shared_name/shared_var, and exe_extra is exported as well
# (sources as there).
MODES="pie nopie"
build() {
    shlib_c libip.so lib.c
    cc_c main.c
    link -rdynamic main.o -L. -lip -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
