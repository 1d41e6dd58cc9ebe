# gmtime/localtime/strftime/timegm/tzset on fixed timestamps (deterministic).
build() {
    cc_c main.c
    link -static main.o -o prog
}
