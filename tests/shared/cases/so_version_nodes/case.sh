# Version nodes: VER_1 { global: a; local: *; }; VER_2 { global: b; } VER_1;
# gives a@@VER_1 and b@@VER_2, VERDEF entries (base, VER_1, VER_2 with
# parent VER_1; the readelf -V comparison), helper() local; the program's
# VERNEED names VER_1 and VER_2 of libver.so, and dlvsym() finds a@VER_1 and
# b@VER_2 but not b@VER_1 or a@VER_2.
build_lib() { mklib libver.so lib.c -Wl,--version-script=ver.map; }
build_prog() { cc_c main.c; link main.o -L. -lver -o prog; }
