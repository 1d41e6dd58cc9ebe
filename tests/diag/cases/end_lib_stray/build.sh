# --end-lib without a --start-lib before it
printf 'int main(void) { return 0; }\n' > main.c
gcc -c main.c
$WELD -static -e main main.o --end-lib -o prog
