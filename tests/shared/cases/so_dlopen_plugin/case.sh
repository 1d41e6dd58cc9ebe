# A plugin built as a shared library (its references to the host are left
# undefined) is dlopen()ed with RTLD_NOW by a program linked -rdynamic; the
# program calls the plugin through dlsym() and the plugin calls back into
# the program's host_log() and reads and writes its host_counter; the
# plugin's constructor runs at dlopen and its destructor at dlclose.
build_lib() { mklib plugin.so plugin.c; }
build_prog() { cc_c main.c; link -rdynamic main.o -o prog; }
