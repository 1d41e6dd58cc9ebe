gcc -c main.c
$WELD --frobnicate -e main main.o -o prog
