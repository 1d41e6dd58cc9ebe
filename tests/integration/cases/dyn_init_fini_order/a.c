void say(const char *s);
__attribute__((constructor(200))) static void a_ctor_200(void) { say("liba constructor 200"); }
__attribute__((constructor)) static void a_ctor(void) { say("liba constructor"); }
__attribute__((destructor)) static void a_dtor(void) { say("liba destructor"); }
void a_hello(void) { say("liba a_hello"); }
void a_say(const char *s) { say(s); }
