# -z noseparate-code: the headers, the code and the read-only data share
# one R E PT_LOAD (no page alignment between them), the data the second;
# -z separate-code (the default) gives code a PT_LOAD of its own.
build() {
    cc_c main.c
    link -static main.o -Wl,-z,separate-code -Wl,-z,noseparate-code -o prog
}
run() {
    ./prog
    loads
    echo "text and rodata in one PT_LOAD: $([ "$(load_of "$(sec_addr .text)")" = "$(load_of "$(sec_addr .rodata)")" ] && echo yes)"
}
