gcc -O1 -c a.c b.c
$WELD -static -e main a.o b.o -o prog
