int qux_data = 5;
int baz(int x) { return x + qux_data; }
int foo(int x) { return baz(x) * 2; }
int bar(void) { return qux_data++; }
