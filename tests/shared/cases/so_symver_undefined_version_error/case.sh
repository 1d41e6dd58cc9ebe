# .symver foo_impl, foo@@VER_X in an object linked -shared with a version
# script that defines only VER_1: GNU ld fails with "version node not
# found for symbol foo@@VER_X" (status 1, no output).  weld must fail too,
# naming the symbol and the missing version.
EXPECT_ERROR='VER_X'
EXPECT_ERROR2='foo'
build_lib() { mklib libsymx.so -Wl,--version-script,v.map symx.c; }
