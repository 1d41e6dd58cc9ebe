gcc -c start.s nonote.s
$WELD -static start.o nonote.o -o prog
