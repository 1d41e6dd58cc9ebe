# TLS initial-exec model (-fPIC): GOTTPOFF.
build() {
    cc_c -fPIC -ftls-model=initial-exec tlsvars.c use.c main.c
    link -static main.o use.o tlsvars.o -o prog
}
