#include "uniq.h"
UNIT(6)
