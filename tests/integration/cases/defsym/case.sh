# --defsym=sym=VALUE (absolute symbol) and --defsym=alias=existing_symbol.
build() {
    cc_c -fno-pic impl.c main.c
    link -static main.o impl.o -Wl,--defsym=magic_value=0x12345 -Wl,--defsym,magic_small=42 \
        -Wl,--defsym=alias_function=real_function -Wl,--defsym=alias_variable=real_variable -o prog
}
