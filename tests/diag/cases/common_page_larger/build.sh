gcc -c start.s
$WELD -static -z max-page-size=0x1000 -z common-page-size=0x2000 start.o -o prog
