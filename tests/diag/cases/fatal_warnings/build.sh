gcc -c main.c
$WELD -static -e main -z no-such-keyword --fatal-warnings main.o -o prog
