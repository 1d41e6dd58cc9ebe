#include <stdint.h>
__thread long tl_counter = 1000;
__thread int tl_id;
__thread char tl_buf[256];
long work(int id)
{
    tl_id = id;
    for (int i = 0; i < 256; i++) tl_buf[i] = (char)(id + i);
    for (int i = 0; i < 1000; i++) tl_counter += id;
    long s = 0;
    for (int i = 0; i < 256; i++) s += (unsigned char)tl_buf[i];
    return tl_counter * 1000 + s + tl_id;
}
