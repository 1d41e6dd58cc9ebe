gcc -c start.s
$WELD -static -Ttext-segment=0x10000010 start.o -o prog
