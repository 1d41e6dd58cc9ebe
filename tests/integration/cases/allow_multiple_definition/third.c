int weak_then_strong = 30;
int value = 3;
