# --thread-count=N (gold's spelling) is --threads=N; the output is the same
# for any count
gcc -c main.c
gcc -B "$(dirname "$WELD")/../libexec/weld/" -static main.o -Wl,--thread-count=1 -o prog1
gcc -B "$(dirname "$WELD")/../libexec/weld/" -static main.o -Wl,--thread-count,4 -o prog4
gcc -B "$(dirname "$WELD")/../libexec/weld/" -static main.o -Wl,--threads=4 -o prog
cmp prog1 prog4 && cmp prog4 prog && echo "identical for --thread-count=1, --thread-count 4, --threads=4"
./prog
