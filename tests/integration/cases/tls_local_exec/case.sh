# TLS local-exec model (-fno-pic): TPOFF32.
build() {
    cc_c -fno-pic -ftls-model=local-exec tlsvars.c use.c main.c
    link -static main.o use.o tlsvars.o -o prog
}
