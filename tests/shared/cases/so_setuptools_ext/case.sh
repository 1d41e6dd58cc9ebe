# A C extension module built the way most Python packages build one:
# setup.py with setuptools' build_ext (two C sources), run by
# /usr/bin/python3 offline, with the link forced through the linker under
# test by LDSHARED="gcc -B$LIBLD/ -shared" (CC=gcc for the compiles).  The
# build log is checked for that link command, and a missing setuptools
# fails the build loudly instead of skipping.  run() imports the module,
# calls into it and catches the exception it raises.
build_lib() {
    if ! /usr/bin/python3 -c 'import setuptools' 2>/dev/null; then
        echo "FAIL: setuptools is not installed for /usr/bin/python3" \
             "(apt-get install -y python3-setuptools); so_setuptools_ext cannot run" >&2
        return 1
    fi
    CC=gcc LDSHARED="gcc -B$LIBLD/ -shared" CFLAGS="-O1 -g0" LDFLAGS= \
        PYTHONDONTWRITEBYTECODE=1 SETUPTOOLS_USE_DISTUTILS=local \
        /usr/bin/python3 setup.py build_ext --inplace --build-temp tmpbuild --force \
        > setup.log 2>&1 || { cat setup.log >&2; return 1; }
    # setuptools echoes the commands it runs: the link must have used $LIBLD
    if ! grep -qF -- "-B$LIBLD/ -shared" setup.log; then
        cat setup.log >&2
        echo "FAIL: build_ext did not link with LDSHARED (gcc -B$LIBLD/ -shared)" >&2
        return 1
    fi
    rm -rf tmpbuild build ./*.egg-info
}
build_prog() { :; }   # no program: the interpreter loads the module
run() { PYTHONPATH=. /usr/bin/python3 -B test_ham.py; }
