	.section .text.shared_fn,"axG",@progbits,shared_fn,comdat
	.globl shared_fn
	.type shared_fn, @function
shared_fn:
	movl $200, %eax
	addl shared_data(%rip), %eax
	ret
	.size shared_fn, .-shared_fn

	.section .data.shared_data,"awG",@progbits,shared_fn,comdat
	.globl shared_data
	.type shared_data, @object
	.align 8
shared_data:
	.long 20
	.long 0
	.size shared_data, 8

	.text
	.globl get_fn_2
	.type get_fn_2, @function
get_fn_2:
	leaq shared_fn(%rip), %rax
	ret
	.globl get_data_2
	.type get_data_2, @function
get_data_2:
	leaq shared_data(%rip), %rax
	ret
	.globl call_2
	.type call_2, @function
call_2:
	jmp shared_fn
	.section .note.GNU-stack,"",@progbits
