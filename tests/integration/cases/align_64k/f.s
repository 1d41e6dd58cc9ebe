	.section .text.aligned_fn,"ax",@progbits
	.p2align 16
	.globl aligned_fn
	.type aligned_fn, @function
aligned_fn:
	movl $123, %eax
	ret
	.section .note.GNU-stack,"",@progbits
