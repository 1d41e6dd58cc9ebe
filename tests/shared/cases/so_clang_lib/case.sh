# A library compiled and linked by clang (mklib_clang) used by a program
# built with gcc: clang's code generation for -fPIC (its relocation
# choices, jump tables, local aliases for calls inside the library),
# exported data used by the program (copy relocation), a __thread
# variable (general-dynamic TLS from clang), constructors with
# priorities, a variadic function and a callback from the library into the
# program.  The program interposes cl_name: the library's own call is
# bound locally by clang, but the address it takes is the program's.
build_lib() { mklib_clang libclang.so -O2 cl.c; }
build_prog() { link -O1 main.c -L. -lclang -o prog; }
