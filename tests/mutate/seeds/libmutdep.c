/* mutate-so: -O1
 * Shared-object seed for the mutation test: libmutdep.so (DT_SONAME
 * libmutdep.so, no symbol versions), the DT_NEEDED of libmut.so.  Also on
 * the program's link line, so a mutated copy is read too. */
int mutdep_counter = 5;
int mutdep_value(void) { return mutdep_counter; }
