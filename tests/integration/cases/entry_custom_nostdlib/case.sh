# -e my_entry in a -nostdlib link driven directly with the raw linker.
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
build() {
    cc_c -fno-pic -ffreestanding -fno-stack-protector entry.S cmain.c
    $LD -static -e my_entry entry.o cmain.o -o prog
}
