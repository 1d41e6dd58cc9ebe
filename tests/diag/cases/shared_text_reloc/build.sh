# a -shared link of code compiled without -fPIC: absolute references to an
# exported (preemptible) symbol and to an undefined one are text
# relocations; each error names the place and the symbol and says what to do
gcc -O1 -fno-pic -mcmodel=small -c main.c
$WELD -shared main.o -o prog
