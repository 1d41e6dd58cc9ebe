# getopt/getopt_long: optind, optarg, opterr and optopt are libc variables
# the executable reads and writes (copy relocations); run() passes options,
# an unknown one (error message on stderr) and operands.
MODES="pie nopie"
build() {
    cc_c main.c
    link main.o -o prog
}
run() { ./prog -a -b value --long=7 -x --flag rest1 rest2; }
