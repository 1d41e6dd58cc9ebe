g++ -c main.cc
$WELD -static -e main --no-demangle main.o -o prog
