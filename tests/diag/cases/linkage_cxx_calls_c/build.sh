g++ -c main.cc && gcc -c twice.c
$WELD -static -e main main.o twice.o -o prog
