# -fno-plt -fPIC: calls as "call *foo@GOTPCREL(%rip)" (relaxable GOTPCRELX).
build() {
    cc_c -fPIC -fno-plt lib.c main.c
    link -static main.o lib.o -o prog
}
