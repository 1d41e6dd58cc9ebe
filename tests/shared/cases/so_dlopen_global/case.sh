# Symbols made global by dlopen: libconsumer.so refers to functions and a
# variable of libprovider.so without a DT_NEEDED on it.  With the provider
# opened RTLD_LOCAL, dlopen(consumer, RTLD_NOW) fails (undefined symbol);
# after the provider is promoted with RTLD_NOLOAD|RTLD_GLOBAL, the consumer
# loads with RTLD_NOW and binds to the provider's definitions, data
# included; the consumer itself stays out of the global scope.
build_lib() {
    mklib libprovider.so provider.c
    mklib libconsumer.so consumer.c
}
build_prog() { link -O1 main.c -o prog; }
