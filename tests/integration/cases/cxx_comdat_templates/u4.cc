#include "common.h"
DEFINE_UNIT(4)
