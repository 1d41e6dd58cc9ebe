namespace ns { int hook(int); struct Counter { static int bump(); }; }
extern "C" int plugin_run() { return ns::hook(14) + ns::Counter::bump() * 100; }
