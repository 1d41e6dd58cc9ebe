int dup_variable = 2;
