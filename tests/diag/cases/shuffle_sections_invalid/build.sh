# --shuffle-sections=SEED: the seed must be an unsigned number
gcc -c f.c
$WELD -static -e f --shuffle-sections=-1 f.o -o prog
