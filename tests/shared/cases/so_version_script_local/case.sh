# An anonymous version script `{ global: foo; bar; local: *; };`: only foo
# and bar stay in .dynsym (no version definitions, so no VERDEF); baz and
# qux_data, global in C, become local: the library still uses them, but
# the program's dlsym() does not find them.
build_lib() { mklib libvsl.so lib.c -Wl,--version-script=vs.map; }
build_prog() { cc_c main.c; link main.o -L. -lvsl -o prog; }
