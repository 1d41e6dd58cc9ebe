	.text
	.globl _start
_start:
	movl $far_away, %eax          /* R_X86_64_32 */
	movl $60, %eax
	xorl %edi, %edi
	syscall
	.section .note.GNU-stack,"",@progbits
