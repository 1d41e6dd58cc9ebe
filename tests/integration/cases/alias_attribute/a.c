int impl_value(void) { return 5; }
int alias_value(void) __attribute__((alias("impl_value")));
__attribute__((weak)) int weak_alias_value(void) __attribute__((alias("impl_value")));
int data_target = 77;
extern int data_alias __attribute__((alias("data_target")));
static int local_impl(void) { return 9; }
int global_of_local(void) __attribute__((alias("local_impl")));
