# the discarded instances: foo the same, bar bigger, baz with one more
# symbol; their debug sections refer to them through section symbols
	.section .text.foo,"axG",@progbits,foo,comdat
	.globl foo
	.type foo, @function
foo:	movl $1, %eax
	ret
	.size foo, .-foo
	.section .text.bar,"axG",@progbits,bar,comdat
	.globl bar
	.type bar, @function
bar:	movl $2, %eax
	nop
	ret
	.size bar, .-bar
	.section .text.baz,"axG",@progbits,baz,comdat
	.globl baz
	.type baz, @function
baz:	movl $3, %eax
baz_local:
	ret
	.size baz, .-baz

	.section .debug_ranges,"",@progbits
	.quad .text.foo, .text.foo + 6
	.quad .text.bar, .text.bar + 7
	.quad .text.baz + 1, .text.baz + 6
	.quad foo, foo + 6
	.quad 0, 0
	.section .debug_loc,"",@progbits
	.quad .text.foo + 1, .text.foo + 2
	.quad .text.bar, .text.bar + 1
	.quad 0, 0
	.section .debug_weld,"",@progbits
	.quad .text.foo + 5
	.long .text.bar + 1
	.short .text.bar
	.byte .text.baz
	.quad baz_local
	.quad .text.foo
	.long .text.foo + 2
	.short 7
	.byte 9
	.quad bar + 3
# (writable: in a PIE GNU ld counts a dynamic relocation for it before it
# drops it, and would mark a read-only one DT_TEXTREL)
	.section .gcc_except_table,"aw",@progbits
	.globl except_words
except_words:
	.quad .text.bar + 2, 5
	.section .note.GNU-stack,"",@progbits
