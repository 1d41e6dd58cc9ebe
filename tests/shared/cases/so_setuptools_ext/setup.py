from setuptools import setup, Extension

setup(
    name="ham",
    version="1.0",
    ext_modules=[Extension("ham", sources=["hammod.c", "hamcore.c"])],
)
