static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
long op_div(long a, long b) { return b ? a / b : 0; }
struct op { const char *name; long (*fn)(long, long); const struct op *next; };
/* const tables with pointers: .data.rel.ro(.local) in PIC/PIE objects */
extern const struct op op_list[];
const struct op op_list[] = {
    { "add", op_add, &op_list[1] },
    { "sub", op_sub, &op_list[2] },
    { "mul", op_mul, &op_list[3] },
    { "div", op_div, 0 },
};
const char *const op_names[] = { "add", "sub", "mul", "div" };
long (*const op_fns[])(long, long) = { op_add, op_sub, op_mul, op_div };
