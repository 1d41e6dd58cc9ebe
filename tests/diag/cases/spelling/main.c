int print_value(int);
int prnt_value(int);
int main(void) { return prnt_value(1); }
