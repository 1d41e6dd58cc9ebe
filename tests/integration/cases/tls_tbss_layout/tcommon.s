	.globl tls_tcommon
	.section .tcommon,"awT",@nobits
	.balign 16
	.type tls_tcommon, @object
	.size tls_tcommon, 100
tls_tcommon:
	.zero 100
	.section .note.GNU-stack,"",@progbits
