# Function pointer tables in .data.rel.ro (PIE objects) and .rodata (-fno-pic).
build() {
    cc_c -fPIE ops.c
    cc_c -fno-pic main.c
    link -static main.o ops.o -o prog
}
