// Panics with RUST_BACKTRACE=1: std symbolises its own stack (reading the
// executable's symbol table/DWARF through /proc/self/exe and the unwinder's
// FDE lookup).  run() reduces stderr to booleans.
#[inline(never)]
fn innermost_frame(v: &[u32]) -> u32 {
    if v.len() > 2 {
        panic!("deliberate panic with {} items", v.len());
    }
    v.iter().sum()
}

#[inline(never)]
fn middle_frame(n: u32) -> u32 {
    let v: Vec<u32> = (0..n).collect();
    innermost_frame(&v) + 1
}

fn main() {
    println!("sum small = {}", middle_frame(2));
    let n = std::env::args().count() as u32 + 4;
    println!("about to panic");
    println!("{}", middle_frame(n));
}
