int twice(int);  /* the C header lacks extern "C" */
int main() { return twice(4); }
