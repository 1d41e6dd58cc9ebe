C     Initial values of /PARAMS/, in an archive member of its own
      BLOCK DATA PINIT
      INTEGER NSTEPS
      DOUBLE PRECISION RATE, WEIGHTS(4)
      COMMON /PARAMS/ NSTEPS, RATE, WEIGHTS
      DATA NSTEPS /5/, RATE /0.25D0/
      DATA WEIGHTS /1.0D0, 2.0D0, 3.0D0, 4.0D0/
      END
