# a failed link with -o - leaves no file named "-" (nor a temporary file)
printf 'int missing_function(void);\nint main(void) { return missing_function(); }\n' > main.c
gcc -c main.c
$WELD -static -e main main.o -o - && exit 0
rc=$?
ls -A | grep -e '^-' >&2
exit $rc
