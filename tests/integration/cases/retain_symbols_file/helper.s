# no .file directive: GNU ld names this object's STT_FILE symbol helper.o
	.text
	.type helper_local,@function
helper_local:
	movl $40, %eax
	ret
	.globl helper_value
	.type helper_value,@function
helper_value:
	call helper_local
	addl $2, %eax
	ret
	.section .note.GNU-stack,"",@progbits
