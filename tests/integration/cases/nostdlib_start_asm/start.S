#include <sys/syscall.h>
	.text
	.globl _start
	.type _start, @function
_start:
	xorl %ebp, %ebp
	movq (%rsp), %rdi          /* argc */
	leaq 8(%rsp), %rsi         /* argv */
	andq $-16, %rsp
	call start_c
	movl %eax, %edi
	movl $SYS_exit, %eax
	syscall
	hlt
	.size _start, .-_start

	.globl sys_write
	.type sys_write, @function
sys_write:
	movl $SYS_write, %eax
	syscall
	ret
	.size sys_write, .-sys_write
	.section .note.GNU-stack,"",@progbits
