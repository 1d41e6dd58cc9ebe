module cbind
  use iso_c_binding
  implicit none
  interface
     function c_poly(x, coef, n) bind(C, name="c_poly") result(r)
       import :: c_double, c_int
       real(c_double), value :: x
       real(c_double), intent(in) :: coef(*)
       integer(c_int), value :: n
       real(c_double) :: r
     end function c_poly
     function cxx_median(v, n) bind(C, name="cxx_median") result(r)
       import :: c_double, c_int
       real(c_double), intent(in) :: v(*)
       integer(c_int), value :: n
       real(c_double) :: r
     end function cxx_median
     subroutine cxx_apply(n) bind(C, name="cxx_apply")
       import :: c_int
       integer(c_int), value :: n
     end subroutine cxx_apply
  end interface
contains
  ! called from C++
  subroutine f_square_all(v, n) bind(C, name="f_square_all")
    integer(c_int), value :: n
    real(c_double), intent(inout) :: v(n)
    v = v * v
  end subroutine f_square_all
end module cbind

program mixed
  use cbind
  implicit none
  real(c_double) :: coef(3) = [1.0d0, -2.0d0, 0.5d0]
  real(c_double) :: data(7) = [5.0d0, 1.0d0, 9.0d0, 3.0d0, 7.0d0, 2.0d0, 8.0d0]
  integer :: i
  do i = 0, 3
     write (*, '(A, I1, A, F8.3)') 'poly(', i, ') = ', c_poly(real(i, c_double), coef, 3)
  end do
  write (*, '(A, F6.2)') 'median(7) = ', cxx_median(data, 7)
  write (*, '(A, F6.2)') 'median(0) = ', cxx_median(data, 0)
  flush (6)
  call cxx_apply(4)
end program mixed
