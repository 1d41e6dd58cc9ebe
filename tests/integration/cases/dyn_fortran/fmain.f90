module stats
  implicit none
contains
  function mean(a) result(m)
    real(8), intent(in) :: a(:)
    real(8) :: m
    m = sum(a) / size(a)
  end function mean
end module stats

module cb_mod
  use iso_c_binding
  implicit none
  real(8) :: acc = 0
contains
  subroutine collect(i, v) bind(C)
    integer(c_int), intent(in) :: i
    real(c_double), intent(in) :: v
    acc = acc + i * v
  end subroutine collect
end module cb_mod

program fmain
  use iso_c_binding
  use stats
  use cb_mod
  implicit none
  interface
    function poly_eval(c, n, x) bind(C, name="poly_eval")
      import :: c_double, c_int
      real(c_double), intent(in) :: c(*)
      integer(c_int), value :: n
      real(c_double), value :: x
      real(c_double) :: poly_eval
    end function poly_eval
    subroutine poly_apply(cb, n) bind(C, name="poly_apply")
      import :: c_funptr, c_int
      type(c_funptr), value :: cb
      integer(c_int), value :: n
    end subroutine poly_apply
  end interface
  real(8), allocatable :: a(:)
  real(c_double) :: coef(3) = [1.0d0, 2.0d0, 3.0d0]
  character(len=40) :: line
  integer :: i
  allocate(a(10))
  a = [(dble(i) ** 2, i = 1, 10)]
  write(*, '(A, F10.3)') 'mean of squares:', mean(a)
  write(*, '(A, F8.2)') 'poly(2) = ', poly_eval(coef, 3, 2.0d0)
  call poly_apply(c_funloc(collect), 4)
  write(*, '(A, F8.2)') 'callback accumulated ', acc
  write(line, '(I0, "-", I0)') size(a), int(maxval(a))
  write(*, '(A)') 'internal write: ' // trim(line)
  write(*, '(3I4)') (i, i = 1, 6)
  deallocate(a)
end program fmain
