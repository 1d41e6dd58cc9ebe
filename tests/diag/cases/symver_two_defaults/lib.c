int f1(void){return 1;} int f2(void){return 2;}
__asm__(".symver f1, foo@@V1");
__asm__(".symver f2, foo@@V2");
