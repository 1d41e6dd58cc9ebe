__thread long arch_tls[4] = { 10, 20, 30, 40 };
__thread int arch_tbss;
long arch_sum(void) { return arch_tls[0] + arch_tls[1] + arch_tls[2] + arch_tls[3] + arch_tbss; }
