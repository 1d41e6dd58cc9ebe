	.text
	.globl norelax_load
	.type norelax_load, @function
norelax_load:                       /* assembled with -mrelax-relocations=no: plain GOTPCREL */
	movq target_var@GOTPCREL(%rip), %rax
	movl (%rax), %eax
	addl $1, %eax
	ret
	.globl norelax_gotpcrel64_diff
	.type norelax_gotpcrel64_diff, @function
norelax_gotpcrel64_diff:            /* GOT slot value == address of target_var */
	movq target_var@GOTPCREL(%rip), %rax
	leaq target_var(%rip), %rcx
	subq %rcx, %rax
	ret
	.section .note.GNU-stack,"",@progbits
