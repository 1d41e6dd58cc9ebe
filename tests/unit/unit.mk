# tests/unit/unit.mk - cmocka unit tests, included by the top-level Makefile.
#
#   make unit-tests   build every tests/unit/*.c into $(BUILD)/unit/
#   make unit-check   run them; the last line is "N passed, N failed"
#
# Each test program links the linker's objects except main.o.  Uses CC,
# WARN, CFLAGS, BUILD, OBJS and HDRS from the top-level Makefile.  Try it
# without the include: make -f Makefile -f tests/unit/unit.mk unit-check

# Included twice (make -f Makefile -f tests/unit/unit.mk when the Makefile
# already includes it): define everything once.
ifndef WELD_UNIT_MK
WELD_UNIT_MK := 1

# Do not let these rules become the default goal when included first.
_unit_saved_goal := $(.DEFAULT_GOAL)

UNIT_DIR := tests/unit
UNIT_SRCS := $(wildcard $(UNIT_DIR)/*.c)
UNIT_BINS := $(UNIT_SRCS:$(UNIT_DIR)/%.c=$(BUILD)/unit/%)
UNIT_HDRS := $(wildcard $(UNIT_DIR)/*.h)
UNIT_LIBOBJS = $(filter-out $(BUILD)/obj/main.o,$(OBJS))

$(BUILD)/unit/%: $(UNIT_DIR)/%.c $(UNIT_LIBOBJS) $(HDRS) $(UNIT_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -Iinclude -I$(UNIT_DIR) $< $(UNIT_LIBOBJS) -o $@ -lcmocka -lpthread

unit-tests: $(UNIT_BINS)

unit-check: unit-tests
	@sh $(UNIT_DIR)/run.sh $(UNIT_BINS)

.PHONY: unit-tests unit-check

.DEFAULT_GOAL := $(_unit_saved_goal)

endif
