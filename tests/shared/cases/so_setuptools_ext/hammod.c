#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "hamcore.h"

static PyObject *HamError;

static PyObject *ham_fib_py(PyObject *self, PyObject *args) {
    long n;
    if (!PyArg_ParseTuple(args, "l", &n)) return NULL;
    if (n < 0 || n > 90) {
        PyErr_Format(HamError, "fib(%ld) out of range", n);
        return NULL;
    }
    return PyLong_FromLong(ham_fib(n));
}
static PyObject *ham_checksum_py(PyObject *self, PyObject *args) {
    const char *s;
    Py_ssize_t len;
    if (!PyArg_ParseTuple(args, "y#", &s, &len)) return NULL;
    return PyLong_FromLong(ham_checksum(s, len));
}
static PyObject *ham_stats(PyObject *self, PyObject *unused) {
    return Py_BuildValue("{s:i,s:s}", "core_calls", ham_core_calls, "name", "ham");
}
static PyMethodDef methods[] = {
    {"fib", ham_fib_py, METH_VARARGS, "Fibonacci number"},
    {"checksum", ham_checksum_py, METH_VARARGS, "FNV-1a of bytes"},
    {"stats", ham_stats, METH_NOARGS, "call statistics"},
    {NULL, NULL, 0, NULL},
};
static struct PyModuleDef hammodule = {PyModuleDef_HEAD_INIT, "ham", NULL, -1, methods};

PyMODINIT_FUNC PyInit_ham(void) {
    PyObject *m = PyModule_Create(&hammodule);
    if (!m) return NULL;
    HamError = PyErr_NewException("ham.HamError", PyExc_ValueError, NULL);
    Py_INCREF(HamError);
    PyModule_AddObject(m, "HamError", HamError);
    return m;
}
