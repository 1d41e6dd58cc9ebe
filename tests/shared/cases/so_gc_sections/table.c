struct entry { const char *name; int value; };
__attribute__((used, section("gc_table"))) static const struct entry e_b = {"beta", 2};
__attribute__((used, section("gc_table"))) static const struct entry e_c = {"gamma", 3};
