gcc -c main.c
$WELD -r main.o -o prog
