# --gc-sections with -ffunction-sections -fdata-sections: program still works,
# init_array and __start_/__stop_-referenced sections are retained.
build() {
    cc_c -ffunction-sections -fdata-sections lib.c main.c
    link -static -Wl,--gc-sections main.o lib.o -o prog
}
