# --unresolved-symbols=report-all in a -shared link: like -z defs, the
# library's undefined symbols are errors (GNU ld); a later
# --unresolved-symbols=ignore-all would undo it
gcc -fPIC -O1 -c lib.c
$WELD -shared --unresolved-symbols=report-all lib.o -o libx.so
