# A malformed version script (two names without a `;` between them, on
# line 4 of bad.map): GNU ld fails with "bad.map:4: syntax error in
# VERSION script" and writes no output.  weld must fail too, with a
# message that names the script and the line (bad.map:4).
EXPECT_ERROR='bad\.map:[0-9]+'
EXPECT_ERROR2='bad\.map:4([^0-9]|$)'
build_lib() { mklib libbad.so -Wl,--version-script,bad.map lib.c; }
