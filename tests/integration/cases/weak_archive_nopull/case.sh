# A weak undefined reference does not extract an archive member.
build() {
    cc_c main.c lib_opt.c lib_req.c
    mkar libx.a lib_opt.o lib_req.o
    link -static main.o libx.a -o prog
}
