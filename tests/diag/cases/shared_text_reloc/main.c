int counter;
extern int external;
int get(void) { return counter + external; }
