# section-symbol references past the end of a merged string section (16
# bytes), before its start, and just at its end (no warning)
	.section .mystr,"MS",@progbits,1
	.string "hello"
	.string "world"
	.string "abc"
	.section .myrefs,"",@progbits
	.quad .mystr - 1
	.quad .mystr + 16
	.quad .mystr + 17
	.text
	.globl _start
_start:	ret
	.section .note.GNU-stack,"",@progbits
