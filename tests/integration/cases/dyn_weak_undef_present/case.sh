# Weak undefined function, variable and array that a shared library
# defines: present, callable, readable, also through data pointers; one
# more weak reference stays NULL (sources as in dyn_weak_undef_absent).
# Weak references alone do not make a library needed under gcc's default
# --as-needed (see dyn_as_needed_weak), so -lopt comes with --no-as-needed.
MODES="pie nopie"
build() {
    shlib_c libopt.so lib.c
    cc_c main.c
    link main.o -L. -Wl,--no-as-needed -lopt -Wl,--as-needed -o prog
    readelf -dW prog | grep -q 'NEEDED.*\[libopt\.so\]' || { echo "libopt.so not NEEDED" >&2; exit 1; }
}
run() { LD_LIBRARY_PATH=. ./prog; }
