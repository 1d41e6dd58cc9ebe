	.text
	.globl asm_add
	.type asm_add, @function
asm_add:
	leal (%rdi,%rsi), %eax
	ret
	.size asm_add, .-asm_add
