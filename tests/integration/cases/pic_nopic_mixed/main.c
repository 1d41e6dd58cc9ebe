#include <stdio.h>
int pic_fn(int); const char *pic_get_nopic_name(void);
int *pic_addr_of_nopic_counter(void), *nopic_addr_of_nopic_counter(void);
extern int *nopic_ptr_in_data; extern int pic_counter;
int main(void)
{
    printf("pic_fn(5)=%d name=%s\n", pic_fn(5), pic_get_nopic_name());
    printf("same address: %d %d\n", pic_addr_of_nopic_counter() == nopic_addr_of_nopic_counter(), nopic_ptr_in_data == &pic_counter);
    printf("pic_counter=%d\n", *nopic_ptr_in_data);
    return 0;
}
