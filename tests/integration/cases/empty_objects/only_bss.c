char only_bss_buf[4096];
