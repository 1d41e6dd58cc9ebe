#include <unistd.h>

int first_fn(void);
int a_fn(void);

int main(void)
{
    write(1, "main\n", 5);
    return first_fn() + a_fn() - 3;
}
