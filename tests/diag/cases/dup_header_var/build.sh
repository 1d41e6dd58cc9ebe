gcc -fno-common -c a.c b.c
$WELD -static -e main a.o b.o -o prog
