# .mystr of only a duplicate: the section contributes no string, so its
# end (6, and past it: 7, -1) is where its strings would have started
	.section .mystr,"MS",@progbits,1
	.string "world"
	.section .myrefs,"",@progbits
	.quad .mystr - 1
	.quad .mystr + 6
	.quad .mystr + 7
	.section .note.GNU-stack,"",@progbits
