int thin_one(void);
int thin_two(void) { return 22 + thin_one(); }
