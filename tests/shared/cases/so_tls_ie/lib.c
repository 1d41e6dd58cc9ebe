__thread int ie_var = 3;
static __thread long ie_static;

long lib_work(int k)
{
    ie_var += k;
    ie_static += ie_var * 100;
    return ie_static + ie_var;
}
int *lib_ie_addr(void) { return &ie_var; }
