__thread int shared_tls = 1000;
__thread long shared_bss;
