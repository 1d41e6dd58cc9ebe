gcc -c start.s
$WELD -static --no-warn-execstack start.o -o prog
