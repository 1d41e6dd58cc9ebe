int dup_variable = 1;
