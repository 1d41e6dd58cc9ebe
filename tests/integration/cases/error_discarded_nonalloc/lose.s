	.section .text.foo,"axG",@progbits,foo,comdat
	.globl foo
	.type foo, @function
foo:	movl $1, %eax
	ret
	.section .myinfo,"",@progbits
	.quad .text.foo
	.section .note.GNU-stack,"",@progbits
