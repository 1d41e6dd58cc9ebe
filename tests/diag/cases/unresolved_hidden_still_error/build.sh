# --unresolved-symbols=ignore-all and --warn-unresolved-symbols let
# undefined symbols of default visibility through, but a hidden one cannot
# be defined by anything later: still an error, as in GNU ld
gcc -fPIC -O1 -c lib.c
$WELD -shared -z defs --unresolved-symbols=ignore-all lib.o -o libx.so
