#include <stdio.h>
long my_add(long, long);
extern long (*const add_table_nopic[2])(long, long);
extern long (*add_ptr_nopic)(long, long);
extern long (*const add_table_pic[1])(long, long);
long (*get_add_pic(void))(long, long);
int main(void)
{
    printf("%ld %ld %ld %ld %ld\n", my_add(1, 2), add_table_nopic[0](3, 4),
           add_ptr_nopic(5, 6), add_table_pic[0](7, 8), get_add_pic()(9, 10));
    printf("equal: %d %d %d %d\n", add_table_nopic[0] == add_ptr_nopic,
           add_ptr_nopic == add_table_pic[0], add_table_pic[0] == get_add_pic(),
           get_add_pic() == my_add);
    return 0;
}
