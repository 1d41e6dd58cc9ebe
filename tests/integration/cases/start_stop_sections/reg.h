struct entry { const char *name; int value; };
#define REGISTER(n, v) \
    __attribute__((used, section("weld_registry"))) \
    static const struct entry entry_##n = { #n, v }
