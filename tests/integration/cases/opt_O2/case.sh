# Same program compiled at -O2 (hash table, recursion, struct returns).
build() {
    cc_c -O2 table.c main.c
    link -static -O2 main.o table.o -o prog
}
