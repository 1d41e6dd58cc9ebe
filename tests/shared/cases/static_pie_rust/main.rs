use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::thread;

thread_local! {
    static COUNTER: Cell<u32> = Cell::new(10);
}

static TABLE: [&str; 3] = ["alpha", "beta", "gamma"];

fn word_lengths(words: &[&str]) -> BTreeMap<String, usize> {
    words.iter().map(|w| (w.to_string(), w.len())).collect()
}

fn main() {
    println!("static table: {}", TABLE.join(","));
    println!("lengths: {:?}", word_lengths(&TABLE));

    let total = Arc::new(Mutex::new(0u64));
    let handles: Vec<_> = (1..=4u32)
        .map(|i| {
            let total = Arc::clone(&total);
            thread::spawn(move || {
                COUNTER.with(|c| c.set(c.get() + i));
                let mine = COUNTER.with(|c| c.get());
                *total.lock().unwrap() += u64::from(mine);
                mine
            })
        })
        .collect();
    let mut seen: Vec<u32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    seen.sort();
    println!("thread-local values per thread: {:?}", seen);
    println!("sum: {}, main's thread-local untouched: {}", *total.lock().unwrap(), COUNTER.with(|c| c.get()));

    // the default hook prints the thread id: print the message only
    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<&str>().copied().unwrap_or("?");
        eprintln!("panic hook: {}", msg);
    }));
    let r = std::panic::catch_unwind(|| {
        let v: Vec<i32> = Vec::new();
        if v.is_empty() {
            panic!("deliberate panic");
        }
        v[0]
    });
    println!("panic caught: {}", r.is_err());

    let mut h: HashMap<&str, i32> = HashMap::new();
    for (i, w) in TABLE.iter().enumerate() {
        *h.entry(w).or_insert(0) += i as i32 * 7;
    }
    let mut keys: Vec<_> = h.iter().collect();
    keys.sort();
    println!("hashmap: {:?}", keys);
    println!("formatted: {:>8.3} {:#x} {:?}", std::f64::consts::PI, 48879, Some("x"));
}
