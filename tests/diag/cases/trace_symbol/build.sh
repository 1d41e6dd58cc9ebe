gcc -c main.c helper.c && ar rcs libh.a helper.o
$WELD -static -e main -y helper --trace-symbol=unused main.o -L. -lh -o prog
