	.globl _start
	.text
_start:
	movl	$60, %eax
	xorl	%edi, %edi
	syscall
	.data
	.long	1
	.section .note.GNU-stack,"",@progbits
