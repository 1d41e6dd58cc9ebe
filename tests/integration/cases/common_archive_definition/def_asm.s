# an untyped (STT_NOTYPE) global data definition
        .data
        .globl com_asm
        .p2align 2
com_asm:
        .long 1234
        .section .note.GNU-stack,"",@progbits
