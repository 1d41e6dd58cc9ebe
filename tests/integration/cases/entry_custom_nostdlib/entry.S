#include <sys/syscall.h>
	.text
	.globl my_entry
	.type my_entry, @function
my_entry:
	andq $-16, %rsp
	call c_main
	movl %eax, %edi
	movl $SYS_exit_group, %eax
	syscall
	hlt

	/* A _start that must NOT be used as the entry point. */
	.globl _start
	.type _start, @function
_start:
	movl $99, %edi
	movl $SYS_exit_group, %eax
	syscall
	.section .note.GNU-stack,"",@progbits
