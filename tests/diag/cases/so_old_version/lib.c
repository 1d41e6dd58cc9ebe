int oldf_v1(void) { return 3; }
__asm__(".symver oldf_v1,oldf@VER_1");
int newf(void) { return 4; }
