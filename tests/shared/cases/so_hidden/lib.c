__attribute__((visibility("hidden"))) int secret_data = 30;
__attribute__((visibility("hidden"))) int secret_func(int x) { return x * secret_data; }
#pragma GCC visibility push(hidden)
int secret_counter;
int secret_bump(void) { return ++secret_counter; }
#pragma GCC visibility pop

int visible_data = 4;
int visible_func(int x) { secret_bump(); return secret_func(x) + visible_data + secret_counter; }
