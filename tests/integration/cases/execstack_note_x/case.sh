# An object whose .note.GNU-stack is executable ("x" flag): PT_GNU_STACK is
# RWE (GNU ld warns "requires executable stack") and the stack is rwx.
build() {
    cc_c main.c execnote.s
    link -static main.o execnote.o -o prog
}
run() {
    ./prog
    echo "PT_GNU_STACK: $(phdr GNU_STACK)"
}
