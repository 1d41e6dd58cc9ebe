# A CPython extension module (spam.cpython-311-x86_64-linux-gnu.so) built
# with mklib against /usr/bin/python3-config --includes and imported by
# /usr/bin/python3 with PYTHONPATH=. : the module leaves every Python C-API
# symbol undefined (resolved against the interpreter at load time) and
# exports only PyInit_spam (-fvisibility=hidden; PyMODINIT_FUNC marks it
# visible).  The test calls its functions and a callback into Python, reads
# module constants, and checks that a custom exception class, ValueError
# and TypeError raised in C, and an exception from the Python callback,
# arrive as Python exceptions.
build_lib() {
    local inc
    inc=$(/usr/bin/python3-config --includes)
    # shellcheck disable=SC2086
    mklib spam.cpython-311-x86_64-linux-gnu.so $inc -fvisibility=hidden spam.c
}
build_prog() { :; }   # no program: the interpreter loads the module
run() { PYTHONPATH=. /usr/bin/python3 -B test_spam.py; }
