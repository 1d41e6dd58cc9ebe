program main
  use geom
  use, intrinsic :: iso_c_binding
  implicit none
  integer :: ncalls
  real(8) :: last
  common /stats/ last, ncalls
  real(8) :: a
  integer :: i
  type(c_funptr) :: fp
  procedure(twice), pointer :: f
  ncalls = 100
  do i = 1, 3
    a = circle_area(dble(i))
    write (*, '(a, i0, a, f8.2)') 'area(', i, ') = ', a
  end do
  write (*, '(a, i0, a, f8.2)') 'prog sees common: ncalls=', ncalls, ' last=', last
  last = -1.0d0
  call report()
  write (*, '(a, f8.2)') 'total(history) = ', total(history)
  write (*, '(a, i0, a, i0)') 'history size ', size(history), ', module total_calls ', total_calls
  fp = c_funloc(twice)
  call c_f_procpointer(fp, f)
  write (*, '(a, i0)') 'geom_twice(21) through a procedure pointer = ', f(21_c_int)
end program main
