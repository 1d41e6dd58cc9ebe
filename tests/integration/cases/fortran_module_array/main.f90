program main
  use stats
  implicit none
  interface
     subroutine matmul_scaled(a, b, c, n, factor)
       import :: dp
       integer, intent(in) :: n
       real(dp), intent(in) :: a(n, n), b(n, n), factor
       real(dp), intent(out) :: c(n, n)
     end subroutine matmul_scaled
  end interface
  integer, parameter :: n = 4
  real(dp) :: a(n, n), b(n, n), c(n, n), x(20)
  real(dp), allocatable :: y(:)
  type(summary) :: s
  integer :: i, j
  character(len=40) :: line

  do j = 1, n
     do i = 1, n
        a(i, j) = i + 2 * j
        b(i, j) = merge(1.0_dp, 0.5_dp, i == j)
     end do
  end do
  call matmul_scaled(a, b, c, n, 2.0_dp)
  call matmul_scaled(a, b, c, n, 0.5_dp)
  write (*, '(A)') 'c = matmul(a,b) * 0.5 * 2:'
  do i = 1, n
     write (*, '(4F9.2)') c(i, :)
  end do
  write (*, '(A, F6.2)') 'scale now ', scale

  x = [(sin(real(i, dp) * 0.3_dp) * 10.0_dp, i = 1, 20)]
  s = summarize(x)
  write (*, '(A, I3, 4(1X, F9.4))') 'summary n mean var min max:', s%n, s%mean, s%var, s%minv, s%maxv
  y = moving_avg(x, 5)
  write (*, '(A, I3)') 'moving average points:', size(y)
  write (*, '(8F8.3)') y
  write (line, '(I5.5, "|", ES12.4, "|", L2)') 42, 12345.678_dp, s%mean > 0
  write (*, '(A)') trim(line)
  write (*, '(A, 4I4)') 'count>0 / pack size / shape:', count(x > 0), size(pack(x, x > 5)), shape(a)
  write (*, *) 'list-directed:', 7, 'text', .true.
end program main
