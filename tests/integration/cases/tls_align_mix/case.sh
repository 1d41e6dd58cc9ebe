# .tdata and .tbss from several files with large alignments, in main and a thread.
build() {
    cc_c -pthread a.c b.c main.c
    link -static -pthread main.o a.o b.o -o prog
}
