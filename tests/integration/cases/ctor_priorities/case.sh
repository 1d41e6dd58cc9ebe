# Constructor/destructor priorities across files (.init_array.NNNNN sorting),
# default-priority order, interleaving with atexit handlers.
build() {
    cc_c a.c b.c main.c
    link -static a.o main.o b.o -o prog
}
