# -z noexecstack: non-executable stack even though one object lacks .note.GNU-stack.
build() {
    cc_c main.c nonote.s
    link -static -Wl,-z,noexecstack main.o nonote.o -o prog
}
