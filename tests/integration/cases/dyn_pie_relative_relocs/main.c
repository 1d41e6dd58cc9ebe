#include <stdio.h>
struct node { const char *name; struct node *next; int *val; };
static int vals[5] = {1, 2, 3, 4, 5};
static struct node n4 = {"four", 0, &vals[4]};
static struct node n3 = {"three", &n4, &vals[3]};
static struct node n2 = {"two", &n3, &vals[2]};
static struct node n1 = {"one", &n2, &vals[1]};
struct node *head = &n1;
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int (*const ops[])(int, int) = {add, sub, mul, add, mul};
static const char *const words[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
static const char *const *const word_ptrs[] = {&words[7], &words[0], &words[3]};
static char buf[64] = "0123456789";
char *mid = buf + 5;
struct self { struct self *me; int tag; } selfref = {&selfref, 9};
int main(void)
{
    int acc = 0;
    for (struct node *n = head; n; n = n->next) { printf("%s=%d ", n->name, *n->val); acc += *n->val; }
    printf("sum=%d\n", acc);
    for (int i = 0; i < 5; i++) acc = ops[i](acc, i + 1);
    printf("ops acc=%d\n", acc);
    for (int i = 0; i < 3; i++) printf("%s ", *word_ptrs[i]);
    printf("| mid=%s self ok=%d tag=%d\n", mid, selfref.me == &selfref, selfref.me->me->tag);
    return 0;
}
