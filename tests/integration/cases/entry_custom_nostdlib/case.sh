# -e my_entry in a -nostdlib link driven directly with the raw linker.
build() {
    cc_c -fno-pic -ffreestanding -fno-stack-protector entry.S cmain.c
    $LD -static -e my_entry entry.o cmain.o -o prog
}
