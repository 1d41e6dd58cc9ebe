# -z initfirst (DF_1_INITFIRST in FLAGS_1) on libfirst.so: the program
# needs libfirst.so and then liba.so; without the flag the loader would run
# liba's constructor first (the later DT_NEEDED entry), with it libfirst's
# constructor runs before every other object's.
build_lib() {
    mklib libfirst.so first.c -Wl,-z,initfirst
    mklib liba.so a.c
}
build_prog() { cc_c main.c; link main.o -L. -lfirst -la -o prog; }
