# --warn-unresolved-symbols: the undefined-symbol report as warnings (the
# link succeeds, the symbols are 0); --error-limit applies, and the count of
# the rest is a warning too
gcc -O1 -c main.c
$WELD -static -e main --warn-unresolved-symbols --error-limit=2 main.o -o prog
