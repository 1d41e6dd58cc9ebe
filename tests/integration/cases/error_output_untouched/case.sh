# A failed link (undefined symbol) must leave an existing ./prog untouched:
# the runner writes known bytes to ./prog before build() and compares them after.
# (GNU ld deletes the old output, so this case fails with --weld /usr/bin/ld.bfd.)
# Static only: a raw $LD -static link, the same in every mode.
MODES="static"
EXPECT_ERROR='[Uu]ndefined.*untouched_missing'
PRECREATE_OUTPUT=1
build() {
    cc_c start.s
    $LD -static start.o -o prog
}
