	.text
	.globl print_table
print_table:
	pushq %rbx
	xorl %ebx, %ebx
1:	cmpl $3, %ebx
	je 2f
	movq table(,%rbx,8), %rsi     /* R_X86_64_32S table */
	movl $1, %eax
	movl $1, %edi
	movl $6, %edx
	syscall
	incl %ebx
	jmp 1b
2:	popq %rbx
	ret

	.section .rodata
s1: .ascii "line1\n"
s2: .ascii "line2\n"
s3: .ascii "line3\n"
	.section .data.rel.ro,"aw"
	.align 8
table: .quad s1, s2, s3            /* R_X86_64_64 */
	.section .note.GNU-stack,"",@progbits
