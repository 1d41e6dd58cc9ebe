# argv/argc/envp/environ/getenv/setenv; custom run() passes arguments and env.
build() {
    cc_c main.c
    link -static main.o -o prog
}
run() {
    EXTRA="extra value" ./prog one "two words" '' "$(printf 'tab\there')" --last
}
