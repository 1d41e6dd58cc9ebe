#include <stdio.h>

static const char *const words[] = {"text", "segment", "moved"};

int main(void) {
    for (int i = 0; i < 3; i++) printf("%s%c", words[i], i < 2 ? ' ' : '\n');
    return 0;
}
