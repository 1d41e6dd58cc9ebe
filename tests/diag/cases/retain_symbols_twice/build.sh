gcc -c main.c
echo main > keep.txt
$WELD -static -e main --retain-symbols-file=keep.txt --retain-symbols-file keep.txt main.o -o prog
