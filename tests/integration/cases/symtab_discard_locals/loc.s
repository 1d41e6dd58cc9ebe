# Local symbols of every kind GNU ld tells apart (assembled with -Wa,-L so
# that the .L labels stay; case.sh renames L1x2, L12y3 and L1y to names with
# ^A and ^B in them).  No .file directive: GNU ld gives the object an
# STT_FILE symbol named after it.
	.text
	.type plainlocal,@function
plainlocal:
	movl $7, %eax
	ret
.Ltextlabel:
	nop
..dotdot:
	nop
_.L_underscore:
	nop
L1:
	nop
L1x2:
	nop
L12y3:
	nop
Lzx:
	nop
L1y:
	nop
	.globl loc_value
	.type loc_value,@function
loc_value:
	call plainlocal
	leaq .Lstr(%rip), %rdx
	movsbl (%rdx), %edx
	addl %edx, %eax
	leaq mergelocal(%rip), %rdx
	movsbl (%rdx), %edx
	addl %edx, %eax
	addl rolocal(%rip), %eax
	addl datalocal(%rip), %eax
	ret
	.section .rodata.str1.1,"aMS",@progbits,1
.Lstr:
	.string "hello"
..mergedots:
	.string "world"
mergelocal:
	.string "x"
	.section .rodata
.Lrodata:
	.long 1
rolocal:
	.long 2
	.data
datalocal:
	.long 3
	.section .note.GNU-stack,"",@progbits
