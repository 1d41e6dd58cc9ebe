# Same program compiled at -O0 (hash table, recursion, struct returns).
build() {
    cc_c -O0 table.c main.c
    link -static -O0 main.o table.o -o prog
}
