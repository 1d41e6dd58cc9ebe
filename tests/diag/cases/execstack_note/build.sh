gcc -c start.s
$WELD -static start.o -o prog
