int visible(void), secret(void);
int main(void) { return visible() + secret(); }
