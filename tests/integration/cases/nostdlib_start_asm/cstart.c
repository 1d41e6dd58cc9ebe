long sys_write(int fd, const void *buf, unsigned long n);
static unsigned long my_strlen(const char *s) { unsigned long n = 0; while (s[n]) n++; return n; }
static void put(const char *s) { sys_write(1, s, my_strlen(s)); }
static void put_num(long v)
{
    char buf[24]; int i = 23; buf[i] = 0;
    int neg = v < 0; if (neg) v = -v;
    do { buf[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    if (neg) buf[--i] = '-';
    put(buf + i);
}
const char *const greetings[] = { "hello", "from", "a", "nostdlib", "program" };
long bss_array[512];
int data_int = -17;
int start_c(long argc, char **argv)
{
    (void)argv;
    for (unsigned i = 0; i < sizeof greetings / sizeof *greetings; i++) { put(greetings[i]); put(" "); }
    put("\nargc="); put_num(argc);
    long s = 0; for (int i = 0; i < 512; i++) s += bss_array[i];
    put(" bss_sum="); put_num(s); put(" data="); put_num(data_int); put("\n");
    return 7;
}
