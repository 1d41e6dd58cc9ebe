int thin_one(void) { return 11; }
