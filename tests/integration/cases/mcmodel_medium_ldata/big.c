/* objects above -mlarge-data-threshold go to .ldata/.lbss/.lrodata */
long large_data[20000] = { 1, 2, 3 };
long large_bss[30000];
const long large_ro[20000] = { 9, 8, 7 };
int small_data = 5;
