int shared_counter;
int main(void) { return shared_counter; }
