int scale(int);
int main(void) { return scale(2); }
