#include "uniq.h"
UNIT(1)
