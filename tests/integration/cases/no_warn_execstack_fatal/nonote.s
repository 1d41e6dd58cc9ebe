	/* no .note.GNU-stack section in this object */
	.text
	.globl unused_asm_fn
unused_asm_fn:
	ret
