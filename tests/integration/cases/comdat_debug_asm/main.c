#include <stdio.h>
int foo(void), bar(void), baz(void);
extern long except_words[2]; /* lose.s: .gcc_except_table */
int main(void) {
    printf("%d %d %d; .gcc_except_table: %ld %ld\n", foo(), bar(), baz(), except_words[0], except_words[1]);
    return 0;
}
