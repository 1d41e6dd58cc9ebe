	.text
	.type asm_init_fn, @function
asm_init_fn:
	leaq msg_init(%rip), %rdi
	jmp puts
	.type asm_fini_fn, @function
asm_fini_fn:
	leaq msg_fini(%rip), %rdi
	jmp puts
	.section .rodata
msg_init: .string "init_array from asm"
msg_fini: .string "fini_array from asm"
	.section .init_array,"aw",@init_array
	.align 8
	.quad asm_init_fn
	.section .fini_array,"aw",@fini_array
	.align 8
	.quad asm_fini_fn
	.section .init_array.00500,"aw",@init_array
	.align 8
	.quad prio_500
	.section .note.GNU-stack,"",@progbits
