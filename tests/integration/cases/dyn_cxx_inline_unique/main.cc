#include "uniq.h"
#include <cstdio>
int main()
{
    bump_all();
    lib_bump();
    bump_all();
    std::printf("counter=%d registry=%d local=%d\n", shared_counter, Registry<int>::count, local_static());
    std::printf("same addresses: %d %d %d\n", lib_addr(0) == &shared_counter, lib_addr(1) == &Registry<int>::count,
                lib_addr(2) == &local_static());
    return 0;
}
