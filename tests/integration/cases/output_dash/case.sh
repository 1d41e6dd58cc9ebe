# -o - : GNU ld 2.40 opens "-" as a file name (it does not write the output
# to standard output), whether standard output is a pipe or a file.  Each
# link must leave a file named "-" and print nothing on stdout.
build() {
    cc_c main.c
    link -static main.o -o - | cat >stdout_pipe.txt
    [ -f ./- ] && [ ! -s stdout_pipe.txt ]
    rm -f ./-
    link -static main.o -o - >stdout_file.txt
    [ -f ./- ] && [ ! -s stdout_file.txt ]
    mv -- - prog
}
