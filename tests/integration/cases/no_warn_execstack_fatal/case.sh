# --no-warn-execstack: an object without .note.GNU-stack still makes the
# stack executable, but without the warning, so --fatal-warnings links.
build() {
    cc_c main.c nonote.s
    link -static main.o nonote.o -Wl,--no-warn-execstack -Wl,--fatal-warnings -o prog
}
run() {
    ./prog
    echo "PT_GNU_STACK: $(phdr GNU_STACK)"
}
