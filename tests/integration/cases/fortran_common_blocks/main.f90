program common_main
  implicit none
  integer :: ncalls
  double precision :: total, grid(10)
  character(len=8) :: tag
  real :: b(4)
  common /state/ ncalls, total, grid
  common /labels/ tag
  common b
  integer :: k
  write (*, '(A, A, A, F5.2)') 'start tag=[', tag, '] grid(1)=', grid(1)
  do k = 1, 3
     call accum(k)
  end do
  call relabel('changed')
  write (*, '(A, I2, A, F10.2)') 'calls=', ncalls, ' total=', total
  write (*, '(5F8.2)') grid
  write (*, '(A, A, A)') 'tag=[', tag, ']'
  write (*, '(A, 4F6.1)') 'blank common:', b
  call show_tail()
end program common_main
