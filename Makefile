# weld - a static ELF linker for x86-64 Linux.
# `make` builds build/bin/weld with its ld.weld and libexec/weld/ld links.

CC ?= cc
CFLAGS ?= -O2 -g
WARN := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-parameter -Wshadow -Wstrict-prototypes \
        -Wmissing-prototypes -Wvla
BUILD ?= build
PREFIX ?= /usr/local

SRCS := $(wildcard src/*.c)
OBJS := $(SRCS:src/%.c=$(BUILD)/obj/%.o)
HDRS := $(wildcard include/*.h)

all: $(BUILD)/bin/weld $(BUILD)/bin/ld.weld $(BUILD)/libexec/weld/ld

$(BUILD)/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -Iinclude -c $< -o $@

# linked to a temporary name: a failed link leaves the previous weld in place
$(BUILD)/bin/weld: $(OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(OBJS) -o $@.tmp -lpthread
	mv -f $@.tmp $@

$(BUILD)/bin/ld.weld: $(BUILD)/bin/weld
	ln -sf weld $@

$(BUILD)/libexec/weld/ld: $(BUILD)/bin/weld
	@mkdir -p $(dir $@)
	ln -sf ../../bin/weld $@

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/libexec/weld
	install -m 755 $(BUILD)/bin/weld $(DESTDIR)$(PREFIX)/bin/weld
	ln -sf weld $(DESTDIR)$(PREFIX)/bin/ld.weld
	ln -sf ../../bin/weld $(DESTDIR)$(PREFIX)/libexec/weld/ld

# The README's two commands.
demo: all
	tests/demo/demo.sh

check:
	tests/install-deps.sh
	$(MAKE) all
	tests/check.sh

# A ThreadSanitizer weld, for the tsan tier (corpus links with --threads=4).
TSAN_OBJS := $(SRCS:src/%.c=$(BUILD)/tsan/obj/%.o)
$(BUILD)/tsan/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O1 -g -fsanitize=thread -Iinclude -c $< -o $@
$(BUILD)/tsan/bin/weld: $(TSAN_OBJS)
	@mkdir -p $(dir $@)
	$(CC) -fsanitize=thread $(TSAN_OBJS) -o $@ -lpthread
tsan: $(BUILD)/tsan/bin/weld

# Integration tests with an ASan+UBSan weld (the asan target is in mutate.mk).
check-asan:
	tests/install-deps.sh
	$(MAKE) asan
	TIERS="asan-integration" tests/check.sh

clean:
	rm -rf $(BUILD)

-include tests/unit/unit.mk tests/mutate/mutate.mk tests/bench/bench.mk

.PHONY: all install clean demo check check-asan tsan
