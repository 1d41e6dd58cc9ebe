#include "animals.h"
std::string Puppy::sound() const { return "yip"; }
