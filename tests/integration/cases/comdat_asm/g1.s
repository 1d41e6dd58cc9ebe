	.section .text.shared_fn,"axG",@progbits,shared_fn,comdat
	.globl shared_fn
	.type shared_fn, @function
shared_fn:
	movl $100, %eax
	addl shared_data(%rip), %eax
	ret
	.size shared_fn, .-shared_fn

	.section .data.shared_data,"awG",@progbits,shared_fn,comdat
	.globl shared_data
	.type shared_data, @object
	.align 8
shared_data:
	.long 10
	.long 0
	.size shared_data, 8

	.text
	.globl get_fn_1
	.type get_fn_1, @function
get_fn_1:
	leaq shared_fn(%rip), %rax
	ret
	.globl get_data_1
	.type get_data_1, @function
get_data_1:
	leaq shared_data(%rip), %rax
	ret
	.globl call_1
	.type call_1, @function
call_1:
	jmp shared_fn
	.section .note.GNU-stack,"",@progbits
