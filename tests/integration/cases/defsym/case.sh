# --defsym=sym=VALUE (absolute symbol) and --defsym=alias=existing_symbol.
# Not in mode pie: absolute 32-bit relocations (-fno-pic code or assembly) cannot go into a PIE.
MODES="static nopie"
build() {
    cc_c -fno-pic impl.c main.c
    link -static main.o impl.o -Wl,--defsym=magic_value=0x12345 -Wl,--defsym,magic_small=42 \
        -Wl,--defsym=alias_function=real_function -Wl,--defsym=alias_variable=real_variable -o prog
}
