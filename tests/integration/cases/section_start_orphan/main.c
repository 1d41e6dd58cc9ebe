#include <stdio.h>

/* an orphan section: GNU ld's default script does not name it */
__attribute__((section(".mysec"), used)) int tagged[2] = {7, 8};
static const char greeting[] = "orphan placed";
int counter;

int main(void) {
    counter += tagged[0] * tagged[1];
    printf("%s: %d\n", greeting, counter);
    return 0;
}
