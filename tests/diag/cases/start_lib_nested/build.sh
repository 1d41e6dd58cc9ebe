# --start-lib inside --start-lib
printf 'int main(void) { return 0; }\n' > main.c
gcc -c main.c
$WELD -static -e main --start-lib --start-lib main.o --end-lib -o prog
