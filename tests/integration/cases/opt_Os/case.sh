# Same program compiled at -Os (hash table, recursion, struct returns).
build() {
    cc_c -Os table.c main.c
    link -static -Os main.o table.o -o prog
}
