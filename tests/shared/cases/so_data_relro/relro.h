struct ops {
    const char *name;
    int (*apply)(int);
    const char *(*label)(void);
    size_t (*len)(const char *);
    int *counter;
    const struct ops *next;
};
extern const char *const colors[5];
extern const struct ops *const ops_list[3];
const char *op_name(void);
int lib_run(char *out, size_t n);
