#include "uniq.h"
UNIT(3)
