# malloc/realloc/calloc/free, qsort with callbacks, strdup.
build() {
    cc_c sort.c main.c
    link -static main.o sort.o -o prog
}
