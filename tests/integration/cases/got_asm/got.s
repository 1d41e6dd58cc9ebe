	.text
	.globl got_load_var
	.type got_load_var, @function
got_load_var:                       /* movq foo@GOTPCREL(%rip), %rax; movl (%rax), %eax */
	movq target_var@GOTPCREL(%rip), %rax
	movl (%rax), %eax
	ret
	.globl got_call
	.type got_call, @function
got_call:
	pushq %rbx
	movl %edi, %ebx
	movl %ebx, %edi
	call *target_fn@GOTPCREL(%rip)
	popq %rbx
	ret
	.globl got_jmp
	.type got_jmp, @function
got_jmp:
	jmp *target_fn@GOTPCREL(%rip)
	.globl got_addr_fn
	.type got_addr_fn, @function
got_addr_fn:
	movq target_fn@GOTPCREL(%rip), %rax
	ret
	.globl got_weak_missing
	.type got_weak_missing, @function
got_weak_missing:                   /* GOT entry of an undefined weak: 0 */
	movq missing_weak@GOTPCREL(%rip), %rax
	ret
	.weak missing_weak
	.globl got_arith
	.type got_arith, @function
got_arith:                          /* non-mov GOTPCRELX forms */
	xorl %eax, %eax
	addq target_var@GOTPCREL(%rip), %rax
	movq target_var@GOTPCREL(%rip), %rcx
	subq %rcx, %rax                 /* 0 */
	testq %rax, %rax
	jne 1f
	movq target_var@GOTPCREL(%rip), %r9   /* REX.R register */
	movl (%r9), %eax
1:	ret
	.globl got_abs
	.type got_abs, @function
got_abs:                            /* GOT entry holding an absolute --defsym value */
	movq abs_sym@GOTPCREL(%rip), %rax
	ret
	.section .note.GNU-stack,"",@progbits
