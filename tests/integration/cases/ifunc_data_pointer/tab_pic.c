long my_add(long, long);
long (*const add_table_pic[1])(long, long) = { my_add };
long (*get_add_pic(void))(long, long) { return my_add; }   /* via GOT */
