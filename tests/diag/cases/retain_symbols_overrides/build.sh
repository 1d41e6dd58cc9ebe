# the file replaces an earlier -s (GNU ld: "`-retain-symbols-file' overrides `-s' and `-S'")
gcc -c main.c
echo main > keep.txt
$WELD -static -e main -s --retain-symbols-file=keep.txt main.o -o prog
readelf -sW prog | sed -n '/\.symtab/,$p' | awk 'NR > 3 { print $4, $5, $8 }'
