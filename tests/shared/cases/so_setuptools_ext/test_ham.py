import ham
print("loaded", ham.__file__.rsplit("/", 1)[-1])
print("fib:", [ham.fib(n) for n in (0, 1, 10, 50, 90)])
print("checksum:", ham.checksum(b"weld links shared objects"))
try:
    ham.fib(100)
except ham.HamError as e:
    print("caught HamError:", e, "| ValueError subclass:", issubclass(ham.HamError, ValueError))
print("stats:", ham.stats())
