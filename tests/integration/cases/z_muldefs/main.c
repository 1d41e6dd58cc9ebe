#include <stdio.h>
extern int arr[];
int from_lib1(void);
int from_lib2(void);
int shared_fn(void);
int main(void) {
    printf("arr[0]=%d arr[1]=%d\n", arr[0], arr[1]);
    printf("lib1=%d lib2=%d shared_fn=%d\n", from_lib1(), from_lib2(), shared_fn());
    return 0;
}
