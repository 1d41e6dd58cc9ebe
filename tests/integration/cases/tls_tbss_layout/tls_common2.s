	.globl tls_common_var
	.tls_common tls_common_var,24,32
	.section .note.GNU-stack,"",@progbits
