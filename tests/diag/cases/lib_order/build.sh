gcc -c main.c helper.c && ar rcs libhelp.a helper.o
$WELD -static -e main -L. -lhelp main.o -o prog
