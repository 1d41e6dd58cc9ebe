#include "h.h"
Base::~Base() {}
std::string Base::who() const { return "Base#" + std::to_string(id); }
std::string Left::who() const { return "Left(" + Base::who() + ")"; }
std::string Right::who() const { return "Right(" + Base::who() + ")"; }
