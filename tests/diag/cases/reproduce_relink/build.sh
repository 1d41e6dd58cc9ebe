# --reproduce: the tar re-runs the same link, byte for byte.  The archive
# sits in a directory whose path is longer than ustar's 100-byte name field
# (the prefix field holds it), and one archive's own name is longer than 100
# bytes (a PAX header names it).  Outputs keep their names as given: the
# re-run of the library link makes its sub/ first.
gcc -fPIC -c main.c helper.c long.c s.c
dir=d123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
long=l12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890.a
mkdir -p $dir sub out1 out2
ar rcs $dir/libh.a helper.o
ar rcs $long long.o
# a shared library with a version script
$WELD -shared s.o --version-script=s.map -soname libs.so -o sub/libs.so --reproduce=out1/libs.tar
# an executable: an archive, a shared library (through a response file), a dynamic list
$WELD -pie -e main main.o -L$dir -lh $long @opts.rsp --dynamic-list dyn.list -o prog -Map=prog.map \
  --reproduce out2/prog.tar
here=$(pwd -P)
tar tf out2/prog.tar | sed "s|${here#/}|HERE|" | sort
(cd out1 && tar xf libs.tar && cd libs && mkdir sub && $WELD @response.txt && cmp sub/libs.so ../../sub/libs.so && echo "libs.so: identical")
(cd out2 && tar xf prog.tar && cd prog && $WELD @response.txt && cmp prog ../../prog && echo "prog: identical")
sed "s|${here#/}|HERE|" out2/prog/response.txt
cat out2/prog/version.txt
