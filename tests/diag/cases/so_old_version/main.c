int oldf(void), newf(void);
int main(void) { return oldf() + newf(); }
