# The library references a function and a variable that only the program
# defines (left undefined in the library, resolved at load time).  The
# program is linked without -rdynamic: its linker must export exe_callback
# and exe_value because a shared library of the link refers to them.  The
# library sees the program's later write to exe_value and its address.
build_lib() { mklib libuse.so lib.c; }
build_prog() { cc_c main.c; link main.o -L. -luse -o prog; }
