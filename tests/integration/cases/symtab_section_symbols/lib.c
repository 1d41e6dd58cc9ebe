static int hidden_state = 5;
int lib_value(void) { return hidden_state; }
