gcc -O0 -c main.c sum.c
$WELD -static -e main main.o sum.o -o prog
