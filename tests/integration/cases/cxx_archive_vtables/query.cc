#include "animals.h"
bool is_dog(const Animal *a) { return dynamic_cast<const Dog *>(a) != nullptr; }
