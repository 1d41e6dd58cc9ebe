#include "animals.h"
Animal::~Animal() {}
