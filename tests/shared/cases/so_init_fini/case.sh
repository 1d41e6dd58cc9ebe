# Constructors and destructors with priorities (101, 150, 200, default) in
# two objects of a library and in the program, plus -Wl,-init=my_init and
# -Wl,-fini=my_fini (DT_INIT / DT_FINI point to them instead of _init and
# _fini): the order printed is DT_INIT, then .init_array sorted by priority
# (the default ones last, in link order), the library before the program,
# and at exit the reverse, DT_FINI after the library's .fini_array.
build_lib() { mklib libinit.so lib.c lib2.c -Wl,-init=my_init,-fini=my_fini; }
build_prog() { cc_c main.c; link main.o -L. -linit -o prog; }
