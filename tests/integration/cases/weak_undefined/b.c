/* compiled -fPIC: GOT references to undefined weak */
extern void missing_func(void) __attribute__((weak));
extern int missing_var __attribute__((weak));
extern void present_func(void) __attribute__((weak));
int check_pic(void)
{
    int r = 0;
    if (!missing_func) r |= 1; else missing_func();
    if (!&missing_var) r |= 2;
    if (present_func) { present_func(); r |= 4; }
    return r;
}
