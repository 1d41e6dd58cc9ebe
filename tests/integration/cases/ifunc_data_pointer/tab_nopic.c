long my_add(long, long);
/* ifunc addresses stored in initialized data (R_X86_64_64 in a non-PIC object) */
long (*const add_table_nopic[2])(long, long) = { my_add, my_add };
long (*add_ptr_nopic)(long, long) = my_add;
