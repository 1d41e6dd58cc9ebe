use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::thread;

#[link(name = "cfoo")]
extern "C" {
    fn cfoo_add(a: i32, b: i32) -> i32;
    fn cfoo_fold(v: *const i32, n: i32, f: extern "C" fn(i64, i32) -> i64) -> i64;
}

extern "C" fn step(acc: i64, x: i32) -> i64 {
    acc * 3 + x as i64
}

fn main() {
    let sum = unsafe { cfoo_add(40, 2) };
    let v = [1, 2, 3, 4];
    let folded = unsafe { cfoo_fold(v.as_ptr(), v.len() as i32, step) };
    println!("cfoo_add = {}, cfoo_fold = {}", sum, folded);

    let shared = Arc::new(Mutex::new(BTreeMap::new()));
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let m = Arc::clone(&shared);
            thread::spawn(move || {
                m.lock().unwrap().insert(i, i * i);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("squares: {:?}", shared.lock().unwrap());

    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(|| {
        let v: Vec<i32> = Vec::new();
        v[3]
    });
    println!("panic caught: {}", r.is_err());
    let words = "b a c a b a";
    let mut counts = BTreeMap::new();
    for w in words.split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("counts: {:?}", counts);
}
