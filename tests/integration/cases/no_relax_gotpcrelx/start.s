# GOTPCRELX loads, a call through the GOT and GOT-relative arithmetic,
# linked with --no-relax.
        .globl _start
        .text
_start:
        movq    value@GOTPCREL(%rip), %rax      # R_X86_64_REX_GOTPCRELX, mov
        movl    (%rax), %edi
        movl    small@GOTPCREL(%rip), %ecx      # R_X86_64_GOTPCRELX, 32-bit mov
        addl    (%rcx), %edi
        call    *helper@GOTPCREL(%rip)          # R_X86_64_GOTPCRELX, call
        addq    value@GOTPCREL(%rip), %rdi      # R_X86_64_REX_GOTPCRELX, add
        subq    value@GOTPCREL(%rip), %rdi
        movl    $60, %eax
        syscall
helper:
        addl    $1, %edi
        ret

        .data
        .globl value
value:  .long   30
small:  .long   11

        .section .note.GNU-stack,"",@progbits
