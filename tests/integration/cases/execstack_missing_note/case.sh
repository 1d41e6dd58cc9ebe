# An object without .note.GNU-stack: GNU ld 2.40 makes the stack executable
# (PT_GNU_STACK RWE, with a warning), so the process's stack is rwx.
build() {
    cc_c main.c nonote.s
    link -static main.o nonote.o -o prog
}
run() {
    ./prog
    echo "PT_GNU_STACK: $(phdr GNU_STACK)"
}
