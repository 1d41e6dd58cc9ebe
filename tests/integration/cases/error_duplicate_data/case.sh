# Duplicate initialized data definition (-fno-common) in a gcc-driven link.
EXPECT_ERROR='([Dd]uplicate|[Mm]ultiple definition).*dup_variable'
EXPECT_ERROR2='first_data\.o'
EXPECT_ERROR3='second_data\.o'
build() {
    cc_c -fno-common first_data.c second_data.c main.c
    link -static main.o first_data.o second_data.o -o prog
}
