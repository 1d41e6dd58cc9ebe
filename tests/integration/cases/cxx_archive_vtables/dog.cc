#include "animals.h"
std::string Dog::sound() const { return "woof"; }
