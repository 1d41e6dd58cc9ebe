char huge_bss[1UL << 30];
