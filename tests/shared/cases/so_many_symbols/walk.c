extern int (*const many_table[3000])(int);
/* number of table entries whose function returns what it should */
int many_walk(void) {
    int ok = 0;
    for (int i = 0; i < 3000; i++) ok += many_table[i](5) == 15 + i;
    return ok;
}
