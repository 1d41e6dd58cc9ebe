gcc -c start.s
$WELD -static -z stack-size=1M start.o -o prog
