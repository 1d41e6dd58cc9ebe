# linked before c.o: section-symbol references just at and past its end
	.section .myrefs,"",@progbits
	.quad .mystr - 1
	.quad .mystr + 16
	.quad .mystr + 17
	.section .mystr,"MS",@progbits,1
	.string "hello"
	.string "world"
	.string "abc"
	.string "qq"
	.section .note.GNU-stack,"",@progbits
