use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::panic;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[inline(never)]
fn risky(n: i32) -> i32 {
    let _g = Noisy("risky-guard");
    if n > 2 {
        panic!("n too large: {}", n);
    }
    let v: Vec<i32> = vec![1, 2, 3];
    v[n as usize] * 10
}

fn main() {
    // deterministic panic messages on stdout instead of the default stderr text
    panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        println!("hook: panic '{}'", msg);
    }));

    for n in [0, 2, 3] {
        match panic::catch_unwind(|| risky(n)) {
            Ok(v) => println!("risky({}) = {}", n, v),
            Err(e) => println!("risky({}) panicked: {}", n, e.downcast_ref::<String>().unwrap()),
        }
    }
    // an index-out-of-bounds panic from core
    let r = panic::catch_unwind(|| {
        let v = vec![1u8; 3];
        let i = v.len() + 2;
        v[i]
    });
    println!("oob caught: {}", r.is_err());

    // threads: shared state, channels, a panicking thread observed via join
    let counter = Arc::new(Mutex::new(BTreeMap::new()));
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for t in 0..4u64 {
        let counter = Arc::clone(&counter);
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let mut local = 0u64;
            for i in 0..10_000u64 {
                local += (i * (t + 1)) % 97;
            }
            counter.lock().unwrap().insert(t, local);
            tx.send((t, local % 1000)).unwrap();
            local
        }));
    }
    drop(tx);
    let sums: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let mut got: Vec<(u64, u64)> = rx.iter().collect();
    got.sort();
    println!("thread sums {:?}", sums);
    println!("channel {:?}", got);
    println!("map {:?}", counter.lock().unwrap());
    let bad = thread::spawn(|| {
        let _g = Noisy("thread-guard");
        panic!("worker failed");
    });
    println!("panicking thread joined with error: {}", bad.join().is_err());

    // collections
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *freq.entry(w).or_insert(0) += 1;
    }
    let mut fv: Vec<_> = freq.into_iter().collect();
    fv.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("freq {:?}", &fv[..3]);
    let set: HashSet<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    println!("distinct letters {}", set.len());
    let mut dq: VecDeque<i32> = (1..=5).collect();
    dq.rotate_left(2);
    dq.push_front(0);
    println!("deque {:?}", dq);
    let s: String = fv.iter().map(|(w, _)| w.chars().next().unwrap()).collect();
    println!("initials {}", s);
}
