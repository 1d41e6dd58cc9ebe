# Multi-word .ctors/.dtors sections, numbered ones, equal priorities with
# different names (.init_array.00300, .init_array.0300, .ctors.65235: all
# 300), and names without a number (no priority: ordered by name).
	.text
	.macro tracer name, msg
\name:
	leaq	.Lmsg_\name(%rip), %rdi
	jmp	trace
	.section .rodata.str1.1,"aMS",@progbits,1
.Lmsg_\name:
	.string "\msg"
	.text
	.endm

	tracer a_ctor0, "asm .ctors[0]"
	tracer a_ctor1, "asm .ctors[1]"
	tracer a_ctor2, "asm .ctors[2]"
	tracer a_ctor3, "asm .ctors[3]"
	tracer a_c300a, "asm .init_array.00300"
	tracer a_c300b, "asm .init_array.0300"
	tracer a_c300c0, "asm .ctors.65235[0]"
	tracer a_c300c1, "asm .ctors.65235[1]"
	tracer a_cfoo, "asm .ctors.foo"
	tracer a_ifoo, "asm .init_array.foo"
	tracer a_init, "asm .init_array"
	tracer a_dtor0, "asm .dtors[0]"
	tracer a_dtor1, "asm .dtors[1]"
	tracer a_dtor2, "asm .dtors[2]"
	tracer a_d300, "asm .dtors.65235"
	tracer a_f300, "asm .fini_array.00300"
	tracer a_fini, "asm .fini_array"

	.section .init_array,"aw",@init_array
	.quad a_init
	.section .ctors,"aw",@progbits
	.quad a_ctor0, a_ctor1, a_ctor2, a_ctor3
	.section .init_array.00300,"aw",@init_array
	.quad a_c300a
	.section .init_array.0300,"aw",@init_array
	.quad a_c300b
	.section .ctors.65235,"aw",@progbits
	.quad a_c300c0, a_c300c1
	.section .ctors.foo,"aw",@progbits
	.quad a_cfoo
	.section .init_array.foo,"aw",@init_array
	.quad a_ifoo
	.section .dtors,"aw",@progbits
	.quad a_dtor0, a_dtor1, a_dtor2
	.section .dtors.65235,"aw",@progbits
	.quad a_d300
	.section .fini_array.00300,"aw",@fini_array
	.quad a_f300
	.section .fini_array,"aw",@fini_array
	.quad a_fini
	.section .note.GNU-stack,"",@progbits
