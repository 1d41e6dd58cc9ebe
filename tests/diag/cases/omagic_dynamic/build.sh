gcc -c start.s
$WELD -pie -N start.o -o prog
