# .data and .rodata aligned to 16 MiB: the output has gaps of megabytes that
# weld leaves as holes (zeros from ftruncate) instead of writing them; the
# program checks its data, the zeros around it and the build-id covers them.
build() {
    cc_c big.c main.c
    link -static -Wl,--build-id main.o big.o -o prog
}
