gcc -c start.s
$WELD -static -Tdata=0x401000 start.o -o prog
