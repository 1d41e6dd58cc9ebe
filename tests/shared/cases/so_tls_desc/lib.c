__thread int d_var = 7;
__thread long d_arr[3];
static __thread int d_local = 1;

int lib_work(int k)
{
    d_local *= 2;
    d_arr[k % 3] += d_var + d_local;
    d_var += k;
    return d_var * 100 + d_local + (int)(d_arr[0] + d_arr[1] + d_arr[2]);
}
int *lib_var_addr(void) { return &d_var; }
