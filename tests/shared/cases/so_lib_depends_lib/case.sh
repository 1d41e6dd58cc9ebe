# A library that depends on another: libA.so is linked against libB.so
# (DT_NEEDED libB.so) and the program links only -lA, finding libB.so
# through -rpath-link . for symbol resolution.  libA calls and reads data
# in libB; libB calls prog_hook, which only the program defines: the
# program must export it because a library of the link (libB, reached
# through libA's DT_NEEDED) refers to it.  libA and libB both define
# shared_name(); lookups from libB bind to libA's (first in the search
# order after the program).
build_lib() {
    mklib libB.so b.c
    mklib libA.so a.c -L. -lB
}
build_prog() { link -O1 main.c -L. -lA -Wl,-rpath-link,. -o prog; }
