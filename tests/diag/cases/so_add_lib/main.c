int squash(int);
int main(void) { return squash(1); }
