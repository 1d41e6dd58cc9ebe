# -z cet-report=error: each object without IBT or SHSTK is an error (GNU
# ld: "none.o: error: missing IBT and SHSTK properties"), the link fails
gcc -c -fcf-protection=none none.c
gcc -c -fcf-protection=branch ibt.c
$WELD -static -e f_none -z cet-report=error none.o ibt.o -o prog
