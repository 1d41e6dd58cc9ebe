gcc -c main.c value.c
$WELD -static -e main main.o value.o -o prog
