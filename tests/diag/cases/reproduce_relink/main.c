int helper(void);
int long_named(void);
int shlib(void);
int exported_fn(void) { return 7; }
int main(void) { return helper() + long_named() + shlib(); }
