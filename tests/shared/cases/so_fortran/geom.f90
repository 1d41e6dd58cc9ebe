module geom
  use, intrinsic :: iso_c_binding
  implicit none
  real(8), parameter :: pi = 3.0d0
  integer :: total_calls = 0
  real(8), allocatable :: history(:)
contains
  real(8) function circle_area(r)
    real(8), intent(in) :: r
    integer :: ncalls
    real(8) :: last
    common /stats/ last, ncalls
    circle_area = pi * r * r
    total_calls = total_calls + 1
    ncalls = ncalls + 1
    last = circle_area
    call remember(circle_area)
  end function circle_area

  subroutine remember(x)
    real(8), intent(in) :: x
    real(8), allocatable :: tmp(:)
    if (.not. allocated(history)) then
      allocate(history(1))
      history(1) = x
    else
      allocate(tmp(size(history) + 1))
      tmp(1:size(history)) = history
      tmp(size(history) + 1) = x
      call move_alloc(tmp, history)
    end if
  end subroutine remember

  real(8) function total(v)
    real(8), intent(in) :: v(:)
    total = sum(v)
    total_calls = total_calls + 1
  end function total

  integer(c_int) function twice(x) bind(C, name="geom_twice")
    integer(c_int), value :: x
    twice = 2 * x
  end function twice

  subroutine report()
    integer :: ncalls
    real(8) :: last
    common /stats/ last, ncalls
    write (*, '(a, i0, a, f8.2, a, i0)') ' lib: ncalls=', ncalls, ' last=', last, &
      ' total_calls=', total_calls
  end subroutine report
end module geom
