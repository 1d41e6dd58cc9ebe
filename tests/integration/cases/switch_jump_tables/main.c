#include <stdio.h>
int classify(int); const char *name_of(unsigned); long state_machine(const char *);
int classify_pic(int); const char *name_of_pic(unsigned); long state_machine_pic(const char *);
int main(void)
{
    long s = 0, t = 0;
    for (int i = -3; i < 30; i++) { s = s * 3 + classify(i); t = t * 3 + classify_pic(i); }
    printf("classify checksum %ld %ld\n", s, t);
    for (unsigned i = 98; i < 118; i += 3) printf("%u:%s/%s ", i, name_of(i), name_of_pic(i));
    printf("\n%ld %ld\n", state_machine("the quick brown fox jumps over the lazy dog"),
           state_machine_pic("the quick brown fox jumps over the lazy dog"));
    return 0;
}
