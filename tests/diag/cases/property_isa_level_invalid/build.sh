# -z x86-64-vN: N is 2, 3 or 4, or baseline (GNU ld: the same message)
gcc -c f.c
$WELD -static -e f -z x86-64-v5 f.o -o prog
