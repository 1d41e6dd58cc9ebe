#include <stdlib.h>
#include <string.h>
struct node { char *key; long val; struct node *next; };
static struct node *buckets[257];
static unsigned hash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h % 257; }
void put(const char *k, long v)
{
    unsigned h = hash(k);
    for (struct node *n = buckets[h]; n; n = n->next)
        if (!strcmp(n->key, k)) { n->val += v; return; }
    struct node *n = malloc(sizeof *n);
    n->key = strdup(k); n->val = v; n->next = buckets[h]; buckets[h] = n;
}
long get(const char *k)
{
    for (struct node *n = buckets[hash(k)]; n; n = n->next) if (!strcmp(n->key, k)) return n->val;
    return -1;
}
long count_keys(void)
{
    long c = 0;
    for (int i = 0; i < 257; i++) for (struct node *n = buckets[i]; n; n = n->next) c++;
    return c;
}
