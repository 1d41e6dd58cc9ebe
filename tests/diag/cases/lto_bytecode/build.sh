gcc -flto -c main.c
$WELD -static -e main main.o -o prog
