int var;
int main(void) { return 0; }
