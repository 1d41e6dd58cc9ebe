# Tentative definitions (-fcommon) in the objects of a shared library:
# commons of the same name in two objects merge into one (the larger size
# wins: 16 and 64 bytes -> 64), a common next to a real initialized
# definition takes the definition's value, an aligned common keeps its
# 64-byte alignment, and the commons are exported with their final sizes
# (seen through dladdr1's symbol entry).  The program (also -fcommon)
# reads them, and its own tentative definition of lib_vs_prog overrides
# the library's common: both sides then use the program's copy.
build_lib() { mklib libcommon.so -fcommon c1.c c2.c c3.c; }
build_prog() { link -O1 -fcommon main.c -L. -lcommon -ldl -o prog; }
