	.section .text.foo,"axG",@progbits,foo,comdat
	.globl foo
	.type foo, @function
foo:	movl $1, %eax
	ret
	.section .note.GNU-stack,"",@progbits
