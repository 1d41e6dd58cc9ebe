inline int shared_counter = 0;
template <class T> struct Registry { static int count; };
template <class T> int Registry<T>::count = 100;
inline int &local_static() { static int v = 7; return v; }
inline void bump_all() { shared_counter++; Registry<int>::count++; local_static()++; }
void lib_bump();
const void *lib_addr(int which);
