# -Wl,-z,defs with two undefined symbols (a function and a variable): the
# library link must fail with status 1, naming both symbols, and leave no
# libzdefs.so.  (The regexes accept weld's "undefined symbol: NAME" and GNU
# ld's "undefined reference to `NAME'".)
EXPECT_ERROR='undefined (symbol|reference).*missing_one'
EXPECT_ERROR2='undefined (symbol|reference).*missing_two'
build_lib() { mklib libzdefs.so lib.c -Wl,-z,defs; }
