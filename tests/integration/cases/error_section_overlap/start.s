# write(1, msg, len) with msg in .data and len in .bss (set at run time),
# then exit(counter); -Tdata puts .data (and .bss after it) below the image.
        .globl _start
        .text
_start:
        movl    $9, len(%rip)
        movl    len(%rip), %edx
        leaq    msg(%rip), %rsi
        movl    $1, %edi
        movl    $1, %eax
        syscall
        movl    code(%rip), %edi
        movl    $60, %eax
        syscall

        .section .rodata
        .ascii  "read-only"

        .data
msg:    .ascii  "below me\n"
        .p2align 2
code:   .long   3

        .bss
len:    .zero   4

        .section .note.GNU-stack,"",@progbits
