#include "log.h"
__attribute__((init_priority(200))) Noisy b200("b200");
__attribute__((init_priority(65000))) Noisy b65000("b65000");
Noisy b_default("b_default");
__attribute__((init_priority(300))) Noisy b300("b300");
