# write(1, msg, len) from .rodata and .data, exit(code) from .bss + .data
        .globl _start
        .text
_start:
        movl    len(%rip), %edx
        leaq    msg(%rip), %rsi
        movl    $1, %edi
        movl    $1, %eax
        syscall
        movl    len(%rip), %eax
        addl    %eax, code(%rip)
        movl    code(%rip), %edi
        movl    $60, %eax
        syscall

        .section .rodata
msg:    .ascii  "not page aligned\n"

        .data
        .p2align 3
len:    .long   17

        .bss
code:   .zero   4

        .section .note.GNU-stack,"",@progbits
