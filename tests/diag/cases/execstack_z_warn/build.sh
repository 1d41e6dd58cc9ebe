gcc -c start.s
$WELD -static -z execstack --warn-execstack start.o -o prog
