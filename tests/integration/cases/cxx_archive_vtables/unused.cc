#include "animals.h"
#include <cstdio>
// never referenced: this member must not be pulled, its constructor never runs
struct Cat : Animal { std::string sound() const override { return "meow"; } };
static struct Announce { Announce() { std::puts("UNUSED MEMBER LINKED"); } } announce;
Animal *adopt_cat() { return new Cat; }
