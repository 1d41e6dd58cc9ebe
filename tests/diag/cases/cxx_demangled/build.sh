g++ -c main.cc
$WELD -static -e main main.o -o prog
