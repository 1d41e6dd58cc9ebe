# Archive members pulling other members, including ones stored *earlier* in
# the same archive (needs rescanning the archive); unreferenced members stay out.
build() {
    cc_c m_a.c m_b.c m_c.c m_data.c m_unused.c main.c
    mkar libchain.a m_data.o m_c.o m_unused.o m_b.o m_a.o
    link -static main.o libchain.a -o prog
}
