# the winning instances (linked first)
	.section .text.foo,"axG",@progbits,foo,comdat
	.globl foo
	.type foo, @function
foo:	movl $1, %eax
	ret
	.size foo, .-foo
	.section .text.bar,"axG",@progbits,bar,comdat
	.globl bar
	.type bar, @function
bar:	movl $2, %eax
	ret
	.size bar, .-bar
	.section .text.baz,"axG",@progbits,baz,comdat
	.globl baz
	.type baz, @function
baz:	movl $3, %eax
	ret
	.size baz, .-baz
	.section .note.GNU-stack,"",@progbits
