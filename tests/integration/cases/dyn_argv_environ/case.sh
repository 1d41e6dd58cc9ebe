# argc/argv/envp/environ in a dynamic program: environ and __environ are
# libc variables (aliases) copied into the executable; getenv/setenv/
# unsetenv seen through both names and through envp; run() passes
# arguments.  Only variables of the fixed run environment are printed.
MODES="pie nopie"
build() {
    cc_c main.c
    link main.o -o prog
}
run() { EXTRA="extra value" ./prog one "two words" '' --last; }
