/*
 * demangle.h - symbol demangler for diagnostics.
 *
 * Understands Itanium C++ ABI names (_Z..., with clone suffixes such as
 * ".cold" or ".isra.0", and _GLOBAL__sub_I_ / _GLOBAL__I_ static
 * initialiser names), Rust legacy names (_ZN...17h<hash>E, printed without
 * the hash) and Rust v0 names (_R...).  C++ output follows GNU c++filt.
 *
 * Hostile input is safe: recursion depth, work and output size (64 KiB) are
 * bounded, nothing past the terminating NUL is read, and anything malformed
 * or over a limit yields NULL.  Thread-safe (no global state).
 */
#ifndef WELD_DEMANGLE_H
#define WELD_DEMANGLE_H

/* Returns a malloc'd demangled name, or NULL if `name` is not a mangled name
 * this demangler understands (the caller then prints the name as is). */
char *demangle(const char *name);

#endif
