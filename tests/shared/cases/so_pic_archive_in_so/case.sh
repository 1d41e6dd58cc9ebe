# A PIC static archive turned into a shared library with
# -Wl,--whole-archive libparts.a -Wl,--no-whole-archive: every member is
# linked (even ones nothing references) and their global symbols exported;
# members with constructors register themselves in a list at load time.
# libpartial.so links the same archive normally: only the member the glue
# object needs (and what that member needs) is taken.  A second archive
# after --no-whole-archive is searched normally again.
build_lib() {
    cc_pic p_alpha.c p_beta.c p_gamma.c p_util.c extra_used.c extra_unused.c
    mkar libparts.a p_alpha.o p_beta.o p_gamma.o p_util.o
    mkar libextra.a extra_used.o extra_unused.o
    mklib libwhole.so glue.c -Wl,--whole-archive libparts.a -Wl,--no-whole-archive libextra.a
    mklib libpartial.so glue.c libparts.a libextra.a
    rm -f ./*.o
}
build_prog() { link -O1 main.c -o prog; }
