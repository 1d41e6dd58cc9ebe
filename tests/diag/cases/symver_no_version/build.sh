# .symver gives foo a version (LIB_2) that the version script does not
# define: GNU ld's "version node not found", naming the object and symbol
gcc -fPIC -c lib.c
$WELD -shared --version-script=lib.map lib.o -o libx.so
