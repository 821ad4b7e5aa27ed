# byoc: build, test and install. `make help` lists the targets.
#
# Sources are picked up by wildcard, so a new module needs no Makefile edit:
#   src/util/*.c src/lib/*.c  -> $(BUILD)/libbyoc.a   (the library; never prints)
#   src/local/*.c             -> $(BUILD)/liblocal.a  (byoc-local's server; tools never link it)
#   src/cmd/byoc-*.c          -> $(BINDIR)/byoc-*     (one file per tool; src/cmd/tool.c is shared)
#   tests/unit/test_*.c       -> $(BUILD)/tests/test_* (Criterion)

PREFIX    ?= /usr/local
DESTDIR   ?=
BUILD     ?= build
BINDIR    ?= bin
CC        ?= cc
PKG       ?= pkg-config
PKGS      := libcurl libgit2 libarchive jansson openssl zlib libmicrohttpd

OPT       ?= -O2 -g
WERROR    := $(if $(CI),-Werror,)
CFLAGS    ?=
CPPFLAGS  += -D_GNU_SOURCE -Isrc
# -Wformat-truncation is off: bounded snprintf that may truncate is the intended pattern, and
# gcc 12 flags it at -O1 (the sanitizer build) but not at -O2.
XCFLAGS   := -std=c11 $(OPT) -Wall -Wextra -Wshadow -Wno-unused-parameter -Wno-format-truncation $(WERROR) \
             -fno-strict-aliasing $(shell $(PKG) --cflags $(PKGS) 2>/dev/null)
LDLIBS    += $(shell $(PKG) --libs $(PKGS) 2>/dev/null) -lpthread -lm
SAN       ?=
ifneq ($(SAN),)
XCFLAGS   += -fsanitize=$(SAN) -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS   += -fsanitize=$(SAN)
endif

LIB_SRC   := $(sort $(wildcard src/util/*.c src/lib/*.c))
LOCAL_SRC := $(sort $(wildcard src/local/*.c))
TOOL_SRC  := $(sort $(wildcard src/cmd/byoc-*.c))
CMDCOMMON := $(filter-out $(TOOL_SRC),$(sort $(wildcard src/cmd/*.c)))
UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o)
LOCAL_OBJ := $(LOCAL_SRC:%.c=$(BUILD)/%.o)
CMD_OBJ   := $(CMDCOMMON:%.c=$(BUILD)/%.o)
TOOLS     := $(TOOL_SRC:src/cmd/%.c=$(BINDIR)/%)
UNITS     := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.SECONDARY:
.PHONY: all need-libgit2 deps check check-unit check-e2e check-compat check-asan check-valgrind \
        demo bench fuzz fuzz-build soak install uninstall clean help
all: $(TOOLS)

# libgit2 1.8 fetches shallow and applies checkout filters; 1.5 (Debian 12's own) does neither.
need-libgit2:
	@$(PKG) --atleast-version=1.8 libgit2 2>/dev/null || { echo "byoc needs libgit2 >= 1.8 (found: $$($(PKG) --modversion libgit2 2>/dev/null || echo none)); run 'make deps' as root, or install libgit2-dev from bookworm-backports" >&2; exit 1; }

# Every source of src/ is compiled with src/banned.h included first: a call to a banned
# function (strcpy, sprintf, atoi, ...; the list and why are in the header) fails the build.
BANNED    := -include src/banned.h
$(BUILD)/%.o: %.c src/banned.h | need-libgit2
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(BANNED) $(XCFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libbyoc.a: $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/liblocal.a: $(LOCAL_OBJ)
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

# liblocal is linked whole so that a module's strong definitions replace the weak
# defaults in src/local/weak.c whatever the archive order.
WHOLE_LOCAL = -Wl,--whole-archive $(BUILD)/liblocal.a -Wl,--no-whole-archive
$(BINDIR)/byoc-local: $(BUILD)/src/cmd/byoc-local.o $(CMD_OBJ) $(BUILD)/liblocal.a $(BUILD)/libbyoc.a
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) $(BUILD)/src/cmd/byoc-local.o $(CMD_OBJ) $(WHOLE_LOCAL) $(BUILD)/libbyoc.a $(LDLIBS) -o $@

$(BINDIR)/%: $(BUILD)/src/cmd/%.o $(CMD_OBJ) $(BUILD)/libbyoc.a
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) $^ $(LDLIBS) -o $@

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/liblocal.a $(BUILD)/libbyoc.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(XCFLAGS) $(CFLAGS) -Itests/unit $(LDFLAGS) $< $(WHOLE_LOCAL) $(BUILD)/libbyoc.a -lcriterion $(LDLIBS) -o $@

-include $(LIB_OBJ:.o=.d) $(LOCAL_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(TOOL_SRC:src/cmd/%.c=$(BUILD)/src/cmd/%.d)

# Installs the Debian 12 packages the build, the tests and the demo need (root), or prints the command.
deps:
	@sh tests/deps.sh

# The whole suite: unit tests, the tools end to end against byoc-local, the official SDK against byoc-local.
# A fresh Debian 12 machine needs nothing but this: deps first, then the build (in a second
# make, so that pkg-config sees what deps installed).
check: deps
	@$(MAKE) --no-print-directory all $(UNITS) $(REPLAYS)
	@BUILD=$(BUILD) BINDIR=$(BINDIR) bash tests/run.sh $(SUITES)

check-unit: all $(UNITS) $(REPLAYS)
	@BUILD=$(BUILD) BINDIR=$(BINDIR) bash tests/run.sh unit

check-e2e: all
	@BUILD=$(BUILD) BINDIR=$(BINDIR) bash tests/run.sh e2e

check-compat: all
	@BUILD=$(BUILD) BINDIR=$(BINDIR) bash tests/run.sh compat

# Same suite, built with AddressSanitizer and UndefinedBehaviorSanitizer into a separate tree.
check-asan:
	LSAN_OPTIONS="suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0" \
	UBSAN_OPTIONS="print_stacktrace=1" \
	$(MAKE) BUILD=build/asan BINDIR=build/asan/bin OPT="-O1 -g" SAN=address,undefined check

check-valgrind: all $(UNITS) $(REPLAYS)
	@BUILD=$(BUILD) BINDIR=$(BINDIR) VALGRIND=1 bash tests/run.sh unit e2e

demo: deps
	@$(MAKE) --no-print-directory all
	@BINDIR=$(BINDIR) bash tests/demo.sh

bench: all
	@BINDIR=$(BINDIR) bash bench/run.sh

# Every fuzz target is also built with the normal compiler and a plain main() (tests/fuzz/replay.c)
# so that `make check` replays its seeds and every input that once crashed it.
REPLAYS  := $(patsubst tests/fuzz/%.c,$(BUILD)/replay/%,$(sort $(wildcard tests/fuzz/fuzz_*.c)))
$(BUILD)/replay/%: tests/fuzz/%.c tests/fuzz/replay.c $(BUILD)/liblocal.a $(BUILD)/libbyoc.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(XCFLAGS) $(CFLAGS) $(LDFLAGS) $< tests/fuzz/replay.c $(LOCAL_LINK) $(BUILD)/libbyoc.a $(LDLIBS) -o $@

# fuzz_http serves byoc-local in-process: it links every byoc-local module but the sandbox
# runtime, replaced by a stub that starts no process (a fuzzer must not boot a namespace per input).
LOCAL_LINK = $(WHOLE_LOCAL)
$(BUILD)/replay/fuzz_http build/fuzz/bin/fuzz_http: tests/fuzz/stub_runtime.c
$(BUILD)/replay/fuzz_http build/fuzz/bin/fuzz_http: \
	LOCAL_LINK = $(filter-out $(BUILD)/src/local/runtime.o,$(LOCAL_OBJ)) tests/fuzz/stub_runtime.c

# libFuzzer: each tests/fuzz/fuzz_*.c is a target, linked against the libraries built with clang
# into build/fuzz; seeds in tests/fuzz/corpus/<target>/. `make fuzz SECONDS=N` runs each for N s.
SECONDS ?= 60
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZERS  := $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/bin/%)
fuzz-build:
	$(MAKE) BUILD=build/fuzz CC=clang OPT="-O1 -g" SAN=fuzzer-no-link,address,undefined \
		build/fuzz/libbyoc.a build/fuzz/liblocal.a $(FUZZERS)
build/fuzz/bin/%: tests/fuzz/%.c build/fuzz/liblocal.a build/fuzz/libbyoc.a
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(XCFLAGS) -fsanitize=fuzzer $< $(LOCAL_LINK) $(BUILD)/libbyoc.a $(LDLIBS) -o $@
fuzz: fuzz-build
	@SECONDS_PER_TARGET=$(SECONDS) bash tests/fuzz/run.sh

soak: all
	@BINDIR=$(BINDIR) bash tests/soak.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	           $(DESTDIR)$(PREFIX)/share/bash-completion/completions
	install -m 0755 $(TOOLS) $(DESTDIR)$(PREFIX)/bin/
	for m in docs/*.1; do [ -f "$$m" ] && install -m 0644 "$$m" $(DESTDIR)$(PREFIX)/share/man/man1/ || true; done
	for t in $(notdir $(TOOLS)); do \
		install -m 0644 docs/completion/byoc $(DESTDIR)$(PREFIX)/share/bash-completion/completions/$$t; done

uninstall:
	rm -f $(TOOLS:$(BINDIR)/%=$(DESTDIR)$(PREFIX)/bin/%) \
	      $(TOOLS:$(BINDIR)/%=$(DESTDIR)$(PREFIX)/share/man/man1/%.1) \
	      $(TOOLS:$(BINDIR)/%=$(DESTDIR)$(PREFIX)/share/bash-completion/completions/%)

clean:
	rm -rf build $(BINDIR)/byoc-*

help:
	@echo "make            build every tool into $(BINDIR)/"
	@echo "make deps       install the Debian packages (as root) or print the command"
	@echo "make demo       start byoc-local and prepare a sandbox end to end"
	@echo "make check      run every test (unit, e2e, compat); SUITES='unit e2e' narrows it"
	@echo "make check-asan the suite under ASan+UBSan"
	@echo "make check-valgrind  the unit tests, fuzz replays and the tools' e2e tests under valgrind"
	@echo "make soak       200 prepares under injected faults and byoc-local restarts (SOAK_N)"
	@echo "make bench      benchmarks side by side with their anchors -> bench/results.md"
	@echo "make fuzz SECONDS=N  run each libFuzzer target for N seconds (FUZZ_JOBS at a time, FUZZ_TARGETS to pick)"
	@echo "make install PREFIX=/usr/local DESTDIR="
