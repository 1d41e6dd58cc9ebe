	.text
	.globl _start
_start:
	movq $big_addr, %rax          /* R_X86_64_32S: 0x80000000 does not fit signed 32 */
	movl $60, %eax
	xorl %edi, %edi
	syscall
	.section .note.GNU-stack,"",@progbits
