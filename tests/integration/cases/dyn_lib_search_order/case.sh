# Symbol lookup order of the dynamic loader follows the DT_NEEDED order:
# libfirst.so and libsecond.so both define which(); the program (linked
# -lfirst -lsecond) gets libfirst's.  deep() is defined in libsecond.so and
# in libdeep.so (a dependency of libfirst.so only): breadth-first search
# finds libsecond's, also for libfirst's own call.
MODES="pie nopie"
build() {
    shlib_c libdeep.so deep.c
    shlib_c libfirst.so first.c -L. -ldeep
    shlib_c libsecond.so second.c
    cc_c main.c
    link main.o -L. -Wl,-rpath-link,. -lfirst -lsecond -o prog
}
run() { LD_LIBRARY_PATH=. ./prog; }
