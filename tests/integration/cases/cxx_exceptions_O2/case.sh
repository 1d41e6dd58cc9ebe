# Exceptions in code built with -O2 (cold throw paths split into .cold
# functions in .text.unlikely, whose FDEs and LSDA call sites must work).
build() {
    cxx_c -O2 work.cc main.cc
    link_cxx -static -O2 main.o work.o -o prog
}
