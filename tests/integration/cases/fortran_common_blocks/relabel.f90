! free-form subroutine using the same COMMON blocks with different local
! names, plus a blank COMMON
subroutine relabel(newtag)
  implicit none
  character(len=*), intent(in) :: newtag
  character(len=8) :: label
  integer :: calls
  double precision :: tot, g(10)
  real :: blank(6)
  common /labels/ label
  common /state/ calls, tot, g
  common blank
  label = newtag
  blank = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0] * calls
  g(10) = -g(10)
end subroutine relabel

subroutine show_tail()
  implicit none
  real :: whole(6)
  common whole
  write (*, '(A, 6F6.1)') 'blank common (6):', whole
end subroutine show_tail
