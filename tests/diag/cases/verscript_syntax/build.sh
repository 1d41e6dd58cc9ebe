# a malformed version script: the error names the file, line and column
# and what was expected; nothing is written
gcc -fPIC -c lib.c
$WELD -shared --version-script=lib.map lib.o -o libx.so
