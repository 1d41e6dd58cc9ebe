gcc -c main.c && g++ -c scale.cc
$WELD -static -e main main.o scale.o -o prog
