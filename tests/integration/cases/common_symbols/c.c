int counter = 7;          /* real definition beats common */
__attribute__((aligned(32))) char aligned_common[40];
void bump(void) { counter += 3; }
