import json, re, zlib, hashlib, math, struct, collections, itertools, threading, datetime, random, io
random.seed(1)
print(json.dumps({"k": [1.5, None, True, "\u00fc"]}, sort_keys=True))
print(re.findall(r"(\w+)@(\w+)\.com", "a@b.com c@d.com"), re.sub("b+", "x", "abbbc"))
print(zlib.crc32(b"hello"), zlib.decompress(zlib.compress(b"hello" * 10)) == b"hello" * 10)
print(hashlib.md5(b"x").hexdigest(), hashlib.sha1(b"y").hexdigest(), hashlib.sha256(b"z").hexdigest()[:16])
print(math.factorial(30), math.sqrt(2), struct.pack("<iq", 1, 2).hex(), datetime.date(2020, 1, 1).isoformat())
r = []
def w(i): r.append(i * i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(r), random.random())
try:
    1 / 0
except ZeroDivisionError as e:
    print("exception:", e)
print(sum(itertools.islice(itertools.count(), 1000)), collections.Counter("abracadabra").most_common(2))
