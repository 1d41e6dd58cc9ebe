# Weak undefined function, variable and array in a dynamic program with no
# definition anywhere: all are NULL, in code and in initialised data
# pointers (sources as in dyn_weak_undef_present).
MODES="pie nopie"
build() {
    cc_c main.c
    link main.o -o prog
}
