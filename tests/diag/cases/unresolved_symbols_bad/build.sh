# an --unresolved-symbols value GNU ld does not know
$WELD --unresolved-symbols=ignore-some -o prog x.o
