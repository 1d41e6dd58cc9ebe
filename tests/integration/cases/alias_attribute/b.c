/* overrides the weak alias */
int weak_alias_value(void) { return 500; }
