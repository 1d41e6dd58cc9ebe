gcc -c main.c
$WELD -static -e main --color-diagnostics=always main.o no_such_file.o -o prog
