# two .symver default versions (foo@@V1, foo@@V2) of one name in one
# object: a duplicate definition of foo (as GNU ld says), with a hint
gcc -fPIC -c lib.c
$WELD -shared --version-script=lib.map lib.o -o libx.so
