# entry size 2: strings of 16-bit units; the piece holding an odd offset
	.section .mystr2,"MS",@progbits,2
.Lw0:	.short 'a', 'b', 0
.Lw1:	.short 'c', 0
.Lw2:	.short 'a', 'b', 0
	.section .myrefs2,"",@progbits
	.quad .Lw0
	.quad .Lw1
	.quad .Lw2
	.quad .Lw2 - 1
	.quad .Lw2 + 3
	.quad .mystr2 + 7
	.quad .mystr2 + 9
	.quad .mystr2 + 14
	.quad .mystr2 + 15
	.section .note.GNU-stack,"",@progbits
