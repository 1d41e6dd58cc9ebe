gcc -fcommon -c a.c b.c
$WELD -static -e main --warn-common a.o b.o -o prog
