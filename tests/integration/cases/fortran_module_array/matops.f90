! external subroutine in a second file
subroutine matmul_scaled(a, b, c, n, factor)
  use stats, only: dp, scale
  implicit none
  integer, intent(in) :: n
  real(dp), intent(in) :: a(n, n), b(n, n), factor
  real(dp), intent(out) :: c(n, n)
  c = matmul(a, b) * factor * scale
  scale = scale + 1.0_dp
end subroutine matmul_scaled
