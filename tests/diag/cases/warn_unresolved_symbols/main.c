extern int missing_one(void);
extern int missing_two;
extern int missing_three;
int main(void) { return missing_one() + missing_two + missing_three; }
