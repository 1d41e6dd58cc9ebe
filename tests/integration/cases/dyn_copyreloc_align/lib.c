char lib_c1 = 'x';
struct __attribute__((aligned(64))) line { long v[8]; };
struct line lib_line = {{1, 2, 3, 4, 5, 6, 7, 8}};
short lib_s1 = 321;
double lib_vec[8] __attribute__((aligned(32))) = {0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5};
char lib_c2 = 'y';
char lib_page[4096] __attribute__((aligned(4096))) = "page-aligned";
long lib_sum_line(void) { long s = 0; for (int i = 0; i < 8; i++) s += lib_line.v[i]; return s; }
void *lib_addrs(int i) { void *a[] = {&lib_c1, &lib_line, &lib_s1, lib_vec, &lib_c2, lib_page}; return a[i]; }
