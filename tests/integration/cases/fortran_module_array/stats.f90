module stats
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  real(dp), save :: scale = 1.0_dp
  type :: summary
     real(dp) :: mean, var, minv, maxv
     integer :: n
  end type summary
contains
  function summarize(x) result(s)
    real(dp), intent(in) :: x(:)
    type(summary) :: s
    s%n = size(x)
    s%mean = sum(x) / s%n
    s%var = sum((x - s%mean)**2) / s%n
    s%minv = minval(x)
    s%maxv = maxval(x)
  end function summarize

  pure function moving_avg(x, w) result(y)
    real(dp), intent(in) :: x(:)
    integer, intent(in) :: w
    real(dp) :: y(size(x) - w + 1)
    integer :: i
    do i = 1, size(y)
       y(i) = sum(x(i:i+w-1)) / w
    end do
  end function moving_avg
end module stats
