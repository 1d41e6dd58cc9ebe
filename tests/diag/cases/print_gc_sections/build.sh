gcc -ffunction-sections -c main.c helper.c
$WELD -static -e main --gc-sections --print-gc-sections main.o helper.o -o prog
