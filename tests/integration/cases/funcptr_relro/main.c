#include <stdio.h>
struct op { const char *name; long (*fn)(long, long); const struct op *next; };
extern const struct op op_list[];
extern const char *const op_names[];
extern long (*const op_fns[])(long, long);
long op_div(long, long);
static const struct { const char *label; long (*const *slot)(long, long); } indirect[] = {
    { "second", &op_fns[1] }, { "fourth", &op_fns[3] },
};
int main(void)
{
    for (const struct op *o = op_list; o; o = o->next) printf("%s(84, 4) = %ld\n", o->name, o->fn(84, 4));
    for (int i = 0; i < 4; i++) printf("%s via table = %ld\n", op_names[i], op_fns[i](9, 3));
    for (int i = 0; i < 2; i++) printf("%s -> %ld\n", indirect[i].label, (*indirect[i].slot)(100, 7));
    printf("op_div matches: %d %d\n", op_fns[3] == op_div, op_list[3].fn == op_div);
    return 0;
}
