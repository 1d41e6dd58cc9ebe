#include "reg.h"
REGISTER(alpha, 1);
REGISTER(beta, 2);
