# -u force_feature pulls an archive member (with a constructor) that nothing references.
build() {
    cc_c feature.c unrelated.c main.c
    mkar libfeat.a feature.o unrelated.o
    link -static -Wl,-u,force_feature main.o libfeat.a -o prog
}
