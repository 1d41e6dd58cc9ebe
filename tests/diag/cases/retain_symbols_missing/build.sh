gcc -c main.c
$WELD -static -e main --retain-symbols-file=no_such_list.txt main.o -o prog
