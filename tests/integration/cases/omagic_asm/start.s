# -N makes .text writable: the program patches a byte of its own code
# area (a message kept in .text) before writing it out.
        .globl _start
        .text
_start:
        movb    $'W', msg(%rip)
        movl    $15, %edx
        leaq    msg(%rip), %rsi
        movl    $1, %edi
        movl    $1, %eax
        syscall
        movl    code(%rip), %edi
        movl    $60, %eax
        syscall
msg:    .ascii  "writable text\n\n"

        .section .rodata
        .ascii  "read-only"

        .data
        .p2align 3
code:   .long   5

        .section .note.GNU-stack,"",@progbits
