	.text
	.globl _start
_start:
	call foo_missing
	movl $60, %eax
	xorl %edi, %edi
	syscall
	.section .note.GNU-stack,"",@progbits
