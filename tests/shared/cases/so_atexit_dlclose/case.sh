# Teardown of a dlopen'ed C++ library at dlclose: static objects'
# destructors (registered with __cxa_atexit against the library's
# __dso_handle), functions registered with atexit() from the library, a
# function-local static constructed on first use, and
# __attribute__((destructor)) functions (with and without a priority) all
# run at dlclose, before the program's next line, in reverse order of
# registration; .fini_array order decides that the destructor functions
# come before crtbegin's __do_global_dtors_aux (which runs
# __cxa_finalize).  Opening the library again runs its constructors again
# (it was really unloaded), and the program's own atexit handler runs at
# exit.
build_lib() { mklib_cxx libteardown.so td.cc; }
build_prog() { link -O1 main.c -o prog; }
