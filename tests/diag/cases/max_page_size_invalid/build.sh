gcc -c start.s
$WELD -static -z max-page-size=0x3000 start.o -o prog
