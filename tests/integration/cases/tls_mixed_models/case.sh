# One TLS variable accessed from objects compiled with every TLS model.
build() {
    cc_c def.c main.c
    $CC $CFLAGS_BASE -fPIC -ftls-model=global-dynamic -DMODEL=gd -c acc.c -o acc_gd.o
    $CC $CFLAGS_BASE -fPIC -ftls-model=local-dynamic -DMODEL=ld -c acc.c -o acc_ld.o
    $CC $CFLAGS_BASE -fPIC -ftls-model=initial-exec -DMODEL=ie -c acc.c -o acc_ie.o
    $CC $CFLAGS_BASE -fno-pic -ftls-model=local-exec -DMODEL=le -c acc.c -o acc_le.o
    $CC $CFLAGS_BASE -fPIC -mtls-dialect=gnu2 -DMODEL=desc -c acc.c -o acc_desc.o
    link -static main.o acc_gd.o acc_ld.o acc_ie.o acc_le.o acc_desc.o def.o -o prog
}
