# -L search order (first directory wins), -l order with dependent libraries
# (libtop -> libmid -> libbottom), and -l:filename.
build() {
    mkdir -p dir1 dir2  # empty directories are not kept by git
    cc_c top.c mid.c bottom1.c bottom2.c main.c
    mkar libtop.a top.o
    mkar libmid.a mid.o
    mkar dir1/libbottom.a bottom1.o
    mkar dir2/libbottom.a bottom2.o
    link -static main.o -L. -Ldir1 -Ldir2 -ltop -l:libmid.a -lbottom -o prog
}
