static __thread int counter;
static __thread int table[4] = { 1, 2, 3, 4 };

int lib_step(int k)
{
    counter += k;
    table[k & 3] += counter;
    return counter * 1000 + table[0] + table[1] + table[2] + table[3];
}
int lib_counter(void) { return counter; }
