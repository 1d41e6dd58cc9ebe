extern int missing_two;
int missing_one(int);

int present(void) { return 1; }
int uses_missing(int x) { return missing_one(x) + missing_two; }
