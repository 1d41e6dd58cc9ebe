	.section .rodata
.Lmsgs:
	.string "zero"
.Lone:	.string "one"
.Ltwo:	.string "two"
	.section .rodata.cst8,"aM",@progbits,8
	.align 8
.Lpi:	.double 3.25
	.data
	.align 8
	.globl msg_ptrs
msg_ptrs:                         /* section-symbol + addend relocations */
	.quad .Lmsgs, .Lone, .Ltwo
	.text
	.globl get_msg
	.type get_msg, @function
get_msg:
	leaq .Lmsgs(%rip), %rax
	leaq .Lone(%rip), %rcx
	leaq .Ltwo(%rip), %rdx
	cmpl $1, %edi
	cmove %rcx, %rax
	cmpl $2, %edi
	cmove %rdx, %rax
	ret
	.globl get_pi
	.type get_pi, @function
get_pi:                            /* reference into a mergeable constant section */
	movsd .Lpi(%rip), %xmm0
	ret
	.section .note.GNU-stack,"",@progbits
