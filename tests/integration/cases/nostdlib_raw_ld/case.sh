# Pure assembly, linked with the raw linker (no gcc driver, default entry _start).
build() {
    cc_c a.s b.s
    $LD -static a.o b.o -o prog
}
