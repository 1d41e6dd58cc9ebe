// Rust side, built as a staticlib (with std, panic=unwind).
use std::collections::BTreeMap;
use std::os::raw::{c_char, c_int};
use std::panic;

extern "C" {
    // defined in C (cpart.c)
    fn c_weight(x: c_int) -> c_int;
}

#[no_mangle]
pub extern "C" fn rust_checksum(p: *const u8, n: usize) -> u32 {
    let data = unsafe { std::slice::from_raw_parts(p, n) };
    data.iter().fold(0x811c9dc5u32, |h, &b| (h ^ b as u32).wrapping_mul(0x01000193))
}

#[no_mangle]
pub extern "C" fn rust_sort_desc(p: *mut c_int, n: usize) {
    let v = unsafe { std::slice::from_raw_parts_mut(p, n) };
    v.sort_by(|a, b| b.cmp(a));
}

/// Sum of c_weight(x) over 1..=n, computed in Rust calling back into C.
#[no_mangle]
pub extern "C" fn rust_weighted_sum(n: c_int) -> i64 {
    (1..=n).map(|x| unsafe { c_weight(x) } as i64).sum()
}

/// Histogram of the words of a C string, written as "word=count,..." into buf.
#[no_mangle]
pub extern "C" fn rust_histogram(s: *const c_char, buf: *mut c_char, cap: usize) -> c_int {
    let text = unsafe { std::ffi::CStr::from_ptr(s) }.to_string_lossy();
    let mut m: BTreeMap<String, u32> = BTreeMap::new();
    for w in text.split_whitespace() {
        *m.entry(w.to_lowercase()).or_default() += 1;
    }
    let out: Vec<String> = m.iter().map(|(k, v)| format!("{}={}", k, v)).collect();
    let out = out.join(",");
    let bytes = out.as_bytes();
    if bytes.len() + 1 > cap {
        return -1;
    }
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf as *mut u8, bytes.len());
        *buf.add(bytes.len()) = 0;
    }
    bytes.len() as c_int
}

/// Panics for negative input; the panic is caught inside Rust (it must not
/// cross the C ABI) and reported as -1.
#[no_mangle]
pub extern "C" fn rust_checked_sqrt(x: i64) -> i64 {
    let r = panic::catch_unwind(|| {
        if x < 0 {
            panic!("negative input");
        }
        (x as f64).sqrt() as i64
    });
    r.unwrap_or(-1)
}

#[no_mangle]
pub extern "C" fn rust_init_quiet() {
    panic::set_hook(Box::new(|_| {}));
}
