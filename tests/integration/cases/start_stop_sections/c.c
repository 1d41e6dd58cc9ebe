#include "reg.h"
REGISTER(delta, 4);
REGISTER(epsilon, 5);
REGISTER(zeta, 6);
