int shared_buf[64];       /* common, 256 bytes: largest size must win */
double dbl_common;        /* common, 8-byte aligned */
long guard_b;
void fill_b(void) { for (int i = 0; i < 64; i++) shared_buf[i] += i; dbl_common = 2.5; }
