/* pulled only by -u b1_fn */
const char b1_text[] = "b1 is here";
int b1_fn(void) { return (int)sizeof(b1_text); }
