#include "uniq.h"
UNIT(5)
