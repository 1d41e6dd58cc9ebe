gcc -c main.c
$WELD -static -e main --thread-count=0 main.o -o prog
