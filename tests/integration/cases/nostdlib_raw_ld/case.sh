# Pure assembly, linked with the raw linker (no gcc driver, default entry _start).
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
build() {
    cc_c a.s b.s
    $LD -static a.o b.o -o prog
}
