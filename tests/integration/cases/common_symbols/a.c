int shared_buf[4];        /* common, 16 bytes   */
int counter;              /* common, merged with definition in c.c */
char small_common;
long guard_a;
void fill_a(void) { for (int i = 0; i < 4; i++) shared_buf[i] = 100 + i; small_common = 'a'; }
