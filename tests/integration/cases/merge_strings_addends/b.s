# .mystr: duplicates of a.s's strings; section-symbol references with
# addends inside a string, at the section's end (16), past it and before
# it (.mystr - 1: -1)
	.section .mystr,"MS",@progbits,1
.Lb0:	.string "xyz"
.Lb1:	.string "world"
.Lb2:	.string "hello"
	.section .myrefs,"",@progbits
	.quad .Lb0
	.quad .Lb1
	.quad .Lb1 - 1
	.quad .Lb2 - 1
	.quad .Lb2 + 3
	.quad .Lb2 + 6
	.quad .Lb0 - 1
	.quad .Lb0 + 0x100000000
	.quad .mystr - 1
	.quad .mystr + 2
	.quad .mystr + 15
	.quad .mystr + 16
	.quad .mystr + 21
	.quad .mystr + 100
	.long .mystr + 5

	.section .rodata.str1.1,"aMS",@progbits,1
.Lq0:	.string "zeta"
.Lq1:	.string "gamma"
	.string "beta"
	.data
	.globl ptrs_b
ptrs_b:
	.quad .Lq1 - 1
	.quad .Lq1 - 1
	.quad .Lq1 + 4
	.section .note.GNU-stack,"",@progbits
