	.data
	.align 8
	.globl tbl_abs64, tbl_pc64, tbl_pc32, tbl_abs32, tbl_small, tbl_neg
tbl_abs64:                      /* R_X86_64_64 with addends */
	.quad arr
	.quad arr + 12
	.quad arr_end - 4
	.quad ext_fn
tbl_pc64:                       /* R_X86_64_PC64 */
	.quad arr - .
	.quad ext_fn - .
tbl_pc32:                       /* R_X86_64_PC32 in data */
	.long arr - .
	.long arr + 8 - .
tbl_abs32:                      /* R_X86_64_32 / 32S in data (small static binary) */
	.long arr
	.long arr + 4
tbl_small:                      /* R_X86_64_16 / R_X86_64_8 against absolute syms */
	.word small_abs16
	.byte small_abs8
	.byte 0
	.long 0
tbl_neg:                        /* negative addend */
	.quad arr_end - 16
	.globl arr, arr_end
	.align 4
arr:	.long 10, 20, 30, 40, 50, 60
arr_end:
	.globl size_of_arr_fn
	.text
	.globl get_sizes
	.type get_sizes, @function
get_sizes:                      /* lea with addend, section-relative */
	leaq arr+20(%rip), %rax
	movl (%rax), %eax
	ret
	.section .note.GNU-stack,"",@progbits
