# .mystr (non-allocated, entry size 1): labels with addends (gas keeps a
# local label in a mergeable section when the addend is not 0); and
# pointers from .data into .rodata.str1.1
	.section .mystr,"MS",@progbits,1
.La0:	.string "hello"
.La1:	.string "world"
.La2:	.string "abc"
	.section .myrefs,"",@progbits
	.quad .La0
	.quad .La1
	.quad .La1 - 1
	.quad .La2 + 2
	.quad .La2 + 4
	.quad .La2 + 5
	.quad .La2 + 100
	.quad .La0 - 1
	.long .La1
	.long .La1 - 1

	.section .rodata.str1.1,"aMS",@progbits,1
.Lr0:	.string "alpha"
.Lr1:	.string "beta"
.Lr2:	.string "gamma"
	.data
	.globl ptrs_a
ptrs_a:
	.quad .Lr1 - 1
	.quad .Lr2 - 1
	.quad .Lr2 + 1
	.quad .Lr0 + 2
	.section .note.GNU-stack,"",@progbits
