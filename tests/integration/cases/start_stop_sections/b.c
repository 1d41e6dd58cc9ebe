#include "reg.h"
REGISTER(gamma, 3);
