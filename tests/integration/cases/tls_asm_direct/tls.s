	.section .tdata,"awT",@progbits
	.align 8
	.globl tls_a
tls_a:	.quad 1111
tls_b:	.quad 2222
	.section .tbss,"awT",@nobits
	.align 16
tls_c:	.zero 16
	.text
	.globl le_read_a
le_read_a:                       /* local exec: %fs:sym@tpoff */
	movq %fs:tls_a@tpoff, %rax
	ret
	.globl le_addr_b
le_addr_b:                       /* local exec via %fs:0 + tpoff */
	movq %fs:0, %rax
	leaq tls_b@tpoff(%rax), %rax
	ret
	.globl ie_read_b
ie_read_b:                       /* initial exec */
	movq tls_b@gottpoff(%rip), %rax
	movq %fs:(%rax), %rax
	ret
	.globl ie_add_c
ie_add_c:                        /* initial exec, addq form */
	movq %fs:0, %rax
	addq tls_c@gottpoff(%rip), %rax
	addq %rdi, (%rax)
	movq (%rax), %rax
	ret
	.globl gd_addr_a
gd_addr_a:                       /* general dynamic, canonical sequence */
	subq $8, %rsp
	.byte 0x66
	leaq tls_a@tlsgd(%rip), %rdi
	.value 0x6666
	rex64
	call __tls_get_addr@PLT
	addq $8, %rsp
	ret
	.globl ld_addr_c
ld_addr_c:                       /* local dynamic */
	subq $8, %rsp
	leaq tls_c@tlsld(%rip), %rdi
	call __tls_get_addr@PLT
	leaq tls_c@dtpoff(%rax), %rax
	addq $8, %rsp
	ret
	.section .note.GNU-stack,"",@progbits
