# TLS local-exec model (-fno-pic): TPOFF32.
# Not in mode pie: absolute 32-bit relocations (-fno-pic code or assembly) cannot go into a PIE.
MODES="static nopie"
build() {
    cc_c -fno-pic -ftls-model=local-exec tlsvars.c use.c main.c
    link -static main.o use.o tlsvars.o -o prog
}
