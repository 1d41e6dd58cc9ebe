# Const data that needs relocating (.data.rel.ro, .data.rel.ro.local) in a
# shared library: tables of string pointers (with addends into the
# middle of strings and arrays), an ops struct of pointers to static
# functions (R_X86_64_RELATIVE), to exported functions and variables
# (symbolic relocations, so the program's interposed definition of
# op_name wins), to libc functions, and nested pointers to const structs.
# One table is exported and read by the program directly (a copy
# relocation of relocated read-only data).  All pointers must be valid
# after loading.
build_lib() { mklib librelro.so relro.c; }
build_prog() { link -O1 main.c -L. -lrelro -o prog; }
