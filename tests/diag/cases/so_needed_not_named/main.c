int a_fn(void);
int b_fn(void);
int main(void) { return a_fn() + b_fn(); }
