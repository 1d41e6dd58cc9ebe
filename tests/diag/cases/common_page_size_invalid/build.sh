gcc -c start.s
$WELD -static -z common-page-size=4k start.o -o prog
