	.text
	.globl _start
_start:
	call far_function             /* R_X86_64_PLT32, 12 GiB away */
	movl $60, %eax
	xorl %edi, %edi
	syscall
	.section .note.GNU-stack,"",@progbits
