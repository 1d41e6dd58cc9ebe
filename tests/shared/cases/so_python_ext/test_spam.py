import spam
print("module file ends with", spam.__file__.rsplit("/", 1)[-1])
print("add:", spam.add(2, 40))
print("greet:", spam.greet("weld"))
print("squares:", spam.squares(6))
print("apply:", spam.apply(lambda x: x * 3, range(4)))
print("constants:", spam.ANSWER, spam.NAME)
try:
    spam.fail("disk full", 7)
except spam.error as e:
    print("caught spam.error:", e, "| is RuntimeError:", isinstance(e, RuntimeError))
try:
    spam.fail("x", -1)
except ValueError as e:
    print("caught ValueError:", e)
try:
    spam.add("a", 1)
except TypeError as e:
    print("caught TypeError from argument parsing")
def bad(x):
    raise KeyError(x)
try:
    spam.apply(bad, [5])
except KeyError as e:
    print("callback exception propagated through C:", repr(e))
print("calls:", spam.calls())
print("exported names:", sorted(n for n in dir(spam) if not n.startswith("__")))
