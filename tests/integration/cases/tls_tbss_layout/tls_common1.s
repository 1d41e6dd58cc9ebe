	.globl tls_common_var
	.tls_common tls_common_var,8,8
	.section .note.GNU-stack,"",@progbits
