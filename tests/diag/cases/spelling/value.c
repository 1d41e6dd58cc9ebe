int print_value(int v) { return v; }
