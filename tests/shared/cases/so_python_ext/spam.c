#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *SpamError;
static long calls;

static PyObject *spam_add(PyObject *self, PyObject *args) {
    long a, b;
    if (!PyArg_ParseTuple(args, "ll", &a, &b)) return NULL;
    calls++;
    return PyLong_FromLong(a + b);
}
static PyObject *spam_greet(PyObject *self, PyObject *args) {
    const char *name;
    if (!PyArg_ParseTuple(args, "s", &name)) return NULL;
    calls++;
    return PyUnicode_FromFormat("hello, %s!", name);
}
static PyObject *spam_fail(PyObject *self, PyObject *args) {
    const char *msg;
    int code;
    if (!PyArg_ParseTuple(args, "si", &msg, &code)) return NULL;
    calls++;
    if (code < 0) { PyErr_SetString(PyExc_ValueError, "negative code"); return NULL; }
    PyErr_Format(SpamError, "spam failed: %s (code %d)", msg, code);
    return NULL;
}
static PyObject *spam_squares(PyObject *self, PyObject *arg) {
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred()) return NULL;
    calls++;
    PyObject *list = PyList_New(0);
    for (long i = 0; i < n; i++) {
        PyObject *v = PyLong_FromLong(i * i);
        PyList_Append(list, v);
        Py_DECREF(v);
    }
    return list;
}
static PyObject *spam_apply(PyObject *self, PyObject *args) {
    PyObject *fn, *seq;
    if (!PyArg_ParseTuple(args, "OO", &fn, &seq)) return NULL;
    calls++;
    PyObject *res = PyList_New(0), *it = PyObject_GetIter(seq), *item;
    if (!it) { Py_DECREF(res); return NULL; }
    while ((item = PyIter_Next(it))) {
        PyObject *r = PyObject_CallOneArg(fn, item);
        Py_DECREF(item);
        if (!r) { Py_DECREF(it); Py_DECREF(res); return NULL; }
        PyList_Append(res, r);
        Py_DECREF(r);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) { Py_DECREF(res); return NULL; }
    return res;
}
static PyObject *spam_calls(PyObject *self, PyObject *unused) { return PyLong_FromLong(calls); }

static PyMethodDef methods[] = {
    {"add", spam_add, METH_VARARGS, "add two integers"},
    {"greet", spam_greet, METH_VARARGS, "greeting string"},
    {"fail", spam_fail, METH_VARARGS, "raise spam.error or ValueError"},
    {"squares", spam_squares, METH_O, "list of squares"},
    {"apply", spam_apply, METH_VARARGS, "map a callable over an iterable"},
    {"calls", spam_calls, METH_NOARGS, "number of calls so far"},
    {NULL, NULL, 0, NULL},
};
static struct PyModuleDef spammodule = {PyModuleDef_HEAD_INIT, "spam", "test module", -1, methods};

PyMODINIT_FUNC PyInit_spam(void) {
    PyObject *m = PyModule_Create(&spammodule);
    if (!m) return NULL;
    SpamError = PyErr_NewException("spam.error", PyExc_RuntimeError, NULL);
    Py_XINCREF(SpamError);
    if (PyModule_AddObject(m, "error", SpamError) < 0) return NULL;
    PyModule_AddIntConstant(m, "ANSWER", 42);
    PyModule_AddStringConstant(m, "NAME", "spam-ext");
    return m;
}
