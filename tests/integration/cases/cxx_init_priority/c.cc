#include "log.h"
__attribute__((init_priority(150))) Noisy c150("c150");
__attribute__((init_priority(999))) Noisy c999("c999");
Noisy c_default("c_default");
