	.section .data.empty,"aw",@progbits
	.section .text.empty,"ax",@progbits
	.section .rodata.empty,"a",@progbits
	.section .bss.empty,"aw",@nobits
	.section .my_empty_custom,"aw",@progbits
	.globl zero_sized_marker
zero_sized_marker:
	.section .note.GNU-stack,"",@progbits
