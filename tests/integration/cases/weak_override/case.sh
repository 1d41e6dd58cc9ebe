# Weak definitions overridden by strong ones (before and after in link order),
# and two weak definitions (first wins).
build() {
    cc_c main.c defaults.c strong.c weak2.c
    link -static main.o defaults.o weak2.o strong.o -o prog
}
