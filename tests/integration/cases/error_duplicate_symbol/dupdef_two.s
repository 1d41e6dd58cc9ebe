	.text
	.globl dup_sym
	.type dup_sym, @function
dup_sym:
	movl $2, %eax
	ret
	.section .note.GNU-stack,"",@progbits
