int real_function(int x) { return x * 7; }
int real_variable = 1234;
