# --whole-archive extracts every member (constructors register plugins);
# --no-whole-archive turns it off again for the following archive.
build() {
    cc_c plugin1.c plugin2.c plugin3.c other.c main.c
    mkar libplugins.a plugin1.o plugin2.o plugin3.o
    mkar libother.a other.o
    link -static main.o -Wl,--whole-archive libplugins.a -Wl,--no-whole-archive libother.a -o prog
}
