gcc -c start.s
$WELD -static --section-start=.text start.o -o prog
