program block_data_archive
  implicit none
  integer :: nsteps, nused
  double precision :: rate, weights(4)
  common /params/ nsteps, rate, weights
  common /work/ nused
  write (*, '(A, I3, A, F6.3)') 'nsteps=', nsteps, ' rate=', rate
  write (*, '(A, 4F6.2)') 'weights:', weights
  call scalew(2.0d0)
  write (*, '(A, 4F6.2)') 'scaled: ', weights
  write (*, '(A, I3)') 'nused=', nused
end program block_data_archive
