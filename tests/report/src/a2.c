int a2_table[16] = {1, 2, 3};
int a2_bss[64];

int a2_fn(int x) {
  a2_bss[0] = x;
  return x * 2 + a2_table[0] - 1 + a2_bss[1];
}
