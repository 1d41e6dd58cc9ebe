# --error-unresolved-symbols after --warn-unresolved-symbols: errors again
gcc -O1 -c main.c
$WELD -static -e main --warn-unresolved-symbols --error-unresolved-symbols main.o -o prog
