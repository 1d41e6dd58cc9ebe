gcc -c start.s
$WELD -static -Ttext=0x80000g start.o -o prog
