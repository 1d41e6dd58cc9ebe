#include "uniq.h"
void lib_bump() { bump_all(); bump_all(); }
const void *lib_addr(int which)
{
    if (which == 0) return &shared_counter;
    if (which == 1) return &Registry<int>::count;
    return &local_static();
}
