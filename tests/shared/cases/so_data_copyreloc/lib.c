struct rec { int id; double weight; char tag[12]; };

int lib_array[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
struct rec lib_rec = { 7, 2.5, "seven" };

int lib_sum(void)
{
    int s = 0;
    for (int i = 0; i < 8; i++) s += lib_array[i];
    return s;
}
int lib_rec_id(void) { return lib_rec.id; }
double lib_rec_weight(void) { return lib_rec.weight; }
const char *lib_rec_tag(void) { return lib_rec.tag; }
int *lib_array_addr(void) { return lib_array; }
struct rec *lib_rec_addr(void) { return &lib_rec; }
void lib_set(int i, int v) { lib_array[i] = v; lib_rec.weight += v; }
