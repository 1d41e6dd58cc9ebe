C     Scales the weights; /WORK/ is only declared here (COMMON, zero)
      SUBROUTINE SCALEW(F)
      DOUBLE PRECISION F
      INTEGER NSTEPS, I, NUSED
      DOUBLE PRECISION RATE, WEIGHTS(4)
      COMMON /PARAMS/ NSTEPS, RATE, WEIGHTS
      COMMON /WORK/ NUSED
      DO 10 I = 1, 4
         WEIGHTS(I) = WEIGHTS(I) * F
   10 CONTINUE
      NUSED = NUSED + 1
      END
