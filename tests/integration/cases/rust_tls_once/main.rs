use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, Arc, OnceLock, Mutex};
use std::thread;

static DROPS: AtomicUsize = AtomicUsize::new(0);
static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());
static TABLE: OnceLock<Vec<u64>> = OnceLock::new();
static INITS: AtomicUsize = AtomicUsize::new(0);

struct PerThread {
    name: String,
    items: Vec<u32>,
}
impl Drop for PerThread {
    fn drop(&mut self) {
        DROPS.fetch_add(1, Ordering::SeqCst);
        LOG.lock().unwrap().push(format!("{} dropped with {} items", self.name, self.items.len()));
    }
}

thread_local! {
    static STATE: RefCell<PerThread> = RefCell::new(PerThread { name: "unnamed".into(), items: Vec::new() });
    static COUNTER: Cell<u64> = const { Cell::new(100) };
}

fn table() -> &'static Vec<u64> {
    TABLE.get_or_init(|| {
        INITS.fetch_add(1, Ordering::SeqCst);
        (0..64).map(|i| i * i).collect()
    })
}

fn main() {
    let n = 6;
    let barrier = Arc::new(Barrier::new(n));
    let handles: Vec<_> = (0..n)
        .map(|t| {
            let b = Arc::clone(&barrier);
            thread::spawn(move || {
                b.wait();
                let tab = table();
                STATE.with(|s| {
                    let mut s = s.borrow_mut();
                    s.name = format!("thread{}", t);
                    for i in 0..=t as u32 {
                        s.items.push(i);
                    }
                });
                COUNTER.with(|c| c.set(c.get() + tab[t + 1]));
                COUNTER.with(|c| c.get())
            })
        })
        .collect();
    let results: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("per-thread counters {:?}", results);
    println!("table inits {}", INITS.load(Ordering::SeqCst));
    println!("main counter {}", COUNTER.with(|c| c.get()));
    STATE.with(|s| println!("main state name {} items {}", s.borrow().name, s.borrow().items.len()));
    println!("drops so far {}", DROPS.load(Ordering::SeqCst));
    let mut log = LOG.lock().unwrap().clone();
    log.sort();
    for l in log {
        println!("  {}", l);
    }
}
