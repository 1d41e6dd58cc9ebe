gcc -c start.s
$WELD -static -N --no-warn-rwx-segments start.o -o prog
