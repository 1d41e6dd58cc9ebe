# -z defs in a -shared link: every undefined symbol is an error with its
# references, as in an executable
gcc -fPIC -c lib.c
$WELD -shared -z defs lib.o -o libx.so
