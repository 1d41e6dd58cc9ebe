	/* an executable .note.GNU-stack: this object asks for an executable stack */
	.text
	.globl unused_asm_fn
unused_asm_fn:
	ret
	.section .note.GNU-stack,"x",@progbits
