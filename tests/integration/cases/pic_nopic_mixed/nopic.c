int nopic_counter = 100;
const char nopic_name[] = "nopic-object";
extern int pic_counter;
int nopic_fn(int x) { return x * 2 + pic_counter; }
int *nopic_addr_of_nopic_counter(void) { return &nopic_counter; }
int *nopic_ptr_in_data = &pic_counter;
