	.text
	.globl dup_sym
	.type dup_sym, @function
dup_sym:
	movl $1, %eax
	ret
	.globl _start
_start:
	call dup_sym
	movl %eax, %edi
	movl $60, %eax
	syscall
	.section .note.GNU-stack,"",@progbits
