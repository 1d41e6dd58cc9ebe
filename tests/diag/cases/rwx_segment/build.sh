gcc -c start.s
$WELD -static -N start.o -o prog
