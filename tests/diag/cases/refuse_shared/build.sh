gcc -fPIC -c main.c
$WELD -shared main.o -o prog
