# -z cet-report= takes none, warning or error (GNU ld: the same message)
gcc -c f.c
$WELD -static -e f -z cet-report=bogus f.o -o prog
