gcc -c main.c
$WELD -pie -e main main.o -o prog
