# the same name global in one version node and local in another: an error
# naming both nodes and where the first was written (GNU ld: "duplicate
# expression")
gcc -fPIC -c lib.c
$WELD -shared --version-script=lib.map lib.o -o libx.so
