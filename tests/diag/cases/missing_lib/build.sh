gcc -c main.c squash.c && mkdir -p lib && ar rcs lib/libsquash.a squash.o
$WELD -static -e main -Llib main.o -o prog
