# -nostdlib -static program with its own _start in assembly (raw write/exit syscalls),
# linked through gcc.
build() {
    cc_c -ffreestanding -fno-stack-protector start.S cstart.c
    link -nostdlib -static start.o cstart.o -o prog
}
