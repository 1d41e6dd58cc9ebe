#include "uniq.h"
UNIT(2)
