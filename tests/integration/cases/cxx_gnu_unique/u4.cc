#include "uniq.h"
UNIT(4)
