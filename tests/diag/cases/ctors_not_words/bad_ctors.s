# 12 bytes, one relocation: not an array of pointers
	.text
	.globl ctor
ctor:	ret
	.section .ctors,"aw",@progbits
	.quad ctor
	.long 0
	.section .note.GNU-stack,"",@progbits
