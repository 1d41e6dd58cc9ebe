# --reproduce: the tar is written for a link that fails (it is for bug
# reports): one that fails after the inputs are read, one while reading them
gcc -c main.c
echo 'int helper(void) { return 1; }' > helper.c && gcc -c helper.c && ar rcs libh.a helper.o
here=$(pwd -P)
rc=0
$WELD -static -e main main.o -L. -lh -o prog --reproduce=bug.tar || rc=$?
tar tf bug.tar | sed "s|${here#/}|HERE|" >&2
$WELD -static -e main main.o -L. -lh -lnothere -o prog --reproduce=bug2.tar || rc=$?
tar tf bug2.tar | sed "s|${here#/}|HERE|" >&2
tar xOf bug2.tar bug2/response.txt | sed "s|${here#/}|HERE|" >&2
exit $rc
