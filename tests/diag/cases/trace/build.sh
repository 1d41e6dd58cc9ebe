gcc -c main.c helper.c && ar rcs libh.a helper.o
$WELD -static -e main -t main.o -L. -lh -o prog
