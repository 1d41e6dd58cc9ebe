#include <algorithm>
#include <cstdio>
#include <deque>
#include <list>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

std::vector<std::string> corpus(int n);
std::map<std::string, int> count_ordered(const std::vector<std::string> &ws);
std::unordered_map<std::string, int> count_hashed(const std::vector<std::string> &ws);
std::multimap<int, std::string> by_count(const std::map<std::string, int> &m);

int main() {
    auto ws = corpus(20000);
    auto om = count_ordered(ws);
    auto hm = count_hashed(ws);
    std::printf("distinct ordered %zu hashed %zu\n", om.size(), hm.size());
    int agree = 0;
    for (auto &kv : om) agree += hm.at(kv.first) == kv.second;
    std::printf("agree %d\n", agree);
    auto bc = by_count(om);
    int shown = 0;
    for (auto it = bc.rbegin(); it != bc.rend() && shown < 5; ++it, ++shown)
        std::printf("top %d: %s %d\n", shown, it->second.c_str(), it->first);
    std::printf("first %s last %s\n", om.begin()->first.c_str(), om.rbegin()->first.c_str());
    auto lb = om.lower_bound("m"), ub = om.upper_bound("n");
    std::printf("words in [m, n]: %ld\n", (long)std::distance(lb, ub));

    // erase while iterating, rehash, node extraction
    for (auto it = hm.begin(); it != hm.end();) it = it->second % 2 ? hm.erase(it) : std::next(it);
    hm.rehash(1024);
    long even_sum = 0;
    for (auto &kv : hm) even_sum += kv.second;
    std::printf("even counts kept %zu sum %ld\n", hm.size(), even_sum);
    auto node = om.extract(om.begin());
    node.key() = "zzz-renamed";
    om.insert(std::move(node));
    std::printf("last after extract %s\n", om.rbegin()->first.c_str());

    std::set<int> primes;
    std::vector<bool> sieve(5000, true);
    for (int i = 2; i < 5000; i++) if (sieve[i]) { primes.insert(i); for (int j = i * 2; j < 5000; j += i) sieve[j] = false; }
    std::unordered_set<int> us(primes.begin(), primes.end());
    std::printf("primes %zu largest %d contains 4999 %zu\n", primes.size(), *primes.rbegin(), us.count(4999));
    std::deque<int> dq;
    for (int i = 0; i < 1000; i++) (i % 2 ? dq.push_front(i) : dq.push_back(i));
    std::list<int> ls(dq.begin(), dq.end());
    ls.sort();
    ls.unique();
    std::vector<int> v(ls.begin(), ls.end());
    std::printf("deque/list/vector %zu sum %ld front %d back %d\n", v.size(),
                std::accumulate(v.begin(), v.end(), 0L), v.front(), v.back());
    std::map<std::pair<int, int>, std::vector<std::string>> nested;
    for (int i = 0; i < 100; i++) nested[{i % 3, i % 5}].push_back(ws[i]);
    std::printf("nested buckets %zu, (2,4) has %zu\n", nested.size(), nested[{2, 4}].size());
    return 0;
}
