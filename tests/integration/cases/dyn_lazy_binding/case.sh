# Lazy binding (the default): the program is linked against a libfn.so
# that has rarely_used(), then run against one without it.  Lazily bound it
# runs until it calls rarely_used (symbol lookup error); with LD_BIND_NOW=1
# the dynamic loader fails at start-up.  Also the normal PLT calls.
MODES="pie nopie"
build() {
    shlib_c libfn.so lib.c
    cc_c main.c
    link main.o -L. -lfn -o prog
    shlib_c libfn.so -DNO_RARE lib.c        # the run-time library lacks rarely_used
}
run() {
    LD_LIBRARY_PATH=. ./prog; echo "lazy: status $?"
    LD_LIBRARY_PATH=. ./prog rare; echo "lazy, calling rarely_used: status $?"
    LD_LIBRARY_PATH=. LD_BIND_NOW=1 ./prog; echo "LD_BIND_NOW=1: status $?"
}
