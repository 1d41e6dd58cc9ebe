/* a freestanding program: only these objects' notes are merged */
void _start(void) {
  __asm__ volatile("mov $60, %eax\n xor %edi, %edi\n syscall");
}
