#include "animals.h"
std::string Bird::sound() const { return "tweet"; }
int Bird::legs() const { return 2; }
