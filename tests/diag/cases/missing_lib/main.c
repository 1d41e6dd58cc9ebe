int compress_block(int);
int main(void) { return compress_block(1); }
