# Sections bfd counts as debugging sections (non-alloc .debug*, .zdebug*,
# .gnu.debuglto_.debug_*, .gnu.linkonce.wi.*, .line*, .stab*, .gdb_index)
# and look-alikes that are not (.gdb_index2, .gnu.debuglto_.other, an
# allocated .debug_alloc, .comment2, a note).
	.text
	.globl dbgfn
	.type dbgfn,@function
dbgfn:
	movl $42, %eax
	ret
	.size dbgfn, .-dbgfn
	.stabs "dbg.s",100,0,0,dbgfn
	.stabs "int:t1=r1;-2147483648;2147483647;",128,0,0,0
	.section .debug_foo,"",@progbits
	.quad dbgfn
	.section .zdebug_bar,"",@progbits
	.byte 1,2,3
	.section .gnu.debuglto_.debug_info,"",@progbits
	.byte 4
	.section .gnu.debuglto_.other,"",@progbits
	.byte 4
	.section .line,"",@progbits
	.byte 5
	.section .line2,"",@progbits
	.byte 5
	.section .gnu.linkonce.wi.foo,"",@progbits
	.byte 6
	.section .gdb_index,"",@progbits
	.byte 7
	.section .gdb_index2,"",@progbits
	.byte 7
	.section .debugger_notes,"",@progbits
	.byte 9
	.section .comment2,"",@progbits
	.byte 10
	.section .debug_alloc,"a",@progbits
	.byte 11
	.section .note.mine,"",@note
	.balign 4
	.long 4, 0, 1
	.asciz "abc"
	.section .note.GNU-stack,"",@progbits
