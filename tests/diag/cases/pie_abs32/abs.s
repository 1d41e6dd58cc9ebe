	.text
	.globl get
get:
	movl $var, %eax
	ret
	.section .note.GNU-stack,"",@progbits
