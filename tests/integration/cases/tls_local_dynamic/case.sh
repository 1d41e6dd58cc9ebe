# TLS local-dynamic model (-fPIC): static __thread variables via _TLS_MODULE_BASE_/DTPOFF.
build() {
    cc_c -fPIC -ftls-model=local-dynamic tlsvars.c use.c main.c
    link -static main.o use.o tlsvars.o -o prog
}
