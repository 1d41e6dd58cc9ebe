# strtod/strtof/strtold and printf of floating point (%g %e %a %f).
build() {
    cc_c main.c
    link -static main.o -o prog
}
