struct Handler {
    virtual ~Handler();
    virtual int handle(int x) = 0;
    virtual const char *name() const = 0;
};
struct BaseHandler : Handler {
    int calls = 0;
    ~BaseHandler() override;
    int handle(int x) override;
    const char *name() const override;
    virtual int scale() const { return 2; }
};
Handler *lib_make(int kind);
int lib_drive(Handler *h, int x);
void lib_destroy(Handler *h);
extern int lib_destroyed;
