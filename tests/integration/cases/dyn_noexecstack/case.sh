# -Wl,-z,noexecstack in a dynamic link where one object has no
# .note.GNU-stack: PT_GNU_STACK is RW, not RWE (checked in build()), and
# the program runs.
MODES="pie nopie"
build() {
    cc_c main.c nonote.s
    link -Wl,-z,noexecstack main.o nonote.o -o prog
    readelf -lW prog | grep GNU_STACK > stack.txt || { echo "no PT_GNU_STACK" >&2; exit 1; }
    grep -q ' RW ' stack.txt || { echo "stack not RW:" >&2; cat stack.txt >&2; exit 1; }
}
