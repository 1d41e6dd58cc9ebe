# Weak definitions in shared libraries.  libweak.so defines hook(),
# config_value and table_size weakly and uses them itself; the program
# defines hook and config_value strongly, so the library's own references
# bind to the program's definitions (which the program must export because
# the library defines them), while table_size (not overridden) stays the
# library's.  libw1.so has a weak and libw2.so a strong definition of
# pick(): the loader takes the first in search order (libw1, weak or not).
build_lib() {
    mklib libweak.so weak.c
    mklib libw1.so w1.c
    mklib libw2.so w2.c
}
build_prog() { link -O1 main.c -L. -lweak -lw1 -lw2 -o prog; }
