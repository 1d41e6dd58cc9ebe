#define CAT2(a, b) a##_##b
#define CAT(a, b) CAT2(a, b)
extern __thread int lib_counter;
extern __thread char lib_name[16];
int CAT(ACC, get)(void) { return lib_counter; }
void CAT(ACC, add)(int n) { lib_counter += n; }
char *CAT(ACC, name)(void) { return lib_name; }
int *CAT(ACC, addr)(void) { return &lib_counter; }
