# -Tdata at the address of .text: the sections overlap, an error (GNU ld:
# "section .data LMA [...] overlaps section .text LMA [...]").
MODES="static"
EXPECT_ERROR='overlaps'
EXPECT_ERROR2='\.data.*\.text|\.text.*\.data'
build() {
    cc_c start.s
    $LD -static -Tdata=0x401000 start.o -o prog
}
