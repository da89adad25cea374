# audioguide: `make` installs what is missing, builds, renders the bundled
# guide; `make check` installs, builds and runs every test.
#
# make check SANITIZE=1   the same, built with ASan and UBSan (in build/sanitize)
# make check WERROR=1     warnings are errors, as in CI
# make fuzz               libFuzzer harnesses, FUZZ_SECONDS each (default 60)
# make valgrind           one full build of the bundled guide under memcheck
# make bench              speed against a shell pipeline and the bare stages
# make check-asterisk     the phone trees in a real Asterisk (ASTERISK=path)

PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
CC ?= cc
CFLAGS ?= -O2 -g
WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ifeq ($(WERROR),1)
WARN += -Werror
endif
PKGS = espeak-ng sndfile soxr libebur128 jansson inih libxxhash libzip \
	libcmark expat libpcre2-8
DATADIR = $(PREFIX)/share/audioguide
# The source tree, where a program not installed finds its data.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS)) \
	-DAUDIOGUIDE_DATADIR='"$(DATADIR)"' -DAUDIOGUIDE_SRCDIR='"$(CURDIR)"'
# libgettextpo and libunistring have no pkg-config file in Debian 12.
PKG_LIBS = $(shell pkg-config --libs $(PKGS)) -lgettextpo -lunistring -lm

# Each variant builds in its own folder, so their objects never mix.
ifeq ($(SANITIZE),1)
O := build/sanitize
BIN := $(O)/audioguide
SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	-fno-omit-frame-pointer
else
O := build/normal
BIN := audioguide
SAN :=
endif
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(SAN) $(PKG_CFLAGS) -MMD -MP
# libopus calls the program's opus_custom_mode_create (src/encode.c).
# -z now: symbols are bound once, before the speech processes are forked,
# not again by each of them (lazily, at its first call).
ALL_LDFLAGS = $(LDFLAGS) $(SAN) -Wl,--export-dynamic-symbol=opus_custom_mode_create \
	-Wl,-z,now

LIB_SRC = $(filter-out src/main.c,$(wildcard src/*.c))
# The player page's script and style, embedded by the assembler (.incbin).
WEB_ASSETS = src/web/player.js src/web/player.css
LIB_OBJ = $(patsubst src/%.c,$(O)/%.o,$(LIB_SRC)) $(O)/web_assets.o
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(patsubst tests/unit/%.c,$(O)/tests/%,$(UNIT_SRC))
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN = $(patsubst tests/fuzz/%.c,build/fuzz/%,$(FUZZ_SRC))
FUZZ_SECONDS ?= 60

.DELETE_ON_ERROR:
.PHONY: all deps deps-check render check clean install update-po bench \
	fuzz fuzz-build valgrind check-asterisk FORCE

all: deps
	$(MAKE) $(BIN)
	$(MAKE) render

deps:
	@scripts/install-deps build

# Also the browser tests' npm packages, exactly as tests/browser's lock
# file pins them (playwright-core drives Debian's chromium: no download).
deps-check:
	@scripts/install-deps check
	@[ tests/browser/node_modules/.package-lock.json -nt \
	   tests/browser/package-lock.json ] || \
		(cd tests/browser && \
		 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund)

$(BIN): $(O)/main.o $(O)/libaudioguide.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(O)/main.o $(O)/libaudioguide.a $(PKG_LIBS)

$(O)/libaudioguide.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(O)/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The data paths are built into project.o: another PREFIX (make install
# PREFIX=/opt) or tree compiles it again, as the stamp changes.
PATHS = $(DATADIR) $(CURDIR)
$(O)/paths.stamp: FORCE
	@mkdir -p $(@D)
	@[ "$$(cat $@ 2>/dev/null)" = '$(PATHS)' ] || echo '$(PATHS)' > $@
$(O)/project.o: $(O)/paths.stamp

$(O)/web_assets.o: src/web/assets.S $(WEB_ASSETS)
	@mkdir -p $(@D)
	$(CC) -c -o $@ src/web/assets.S

$(O)/tests/%: tests/unit/%.c $(O)/libaudioguide.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(shell pkg-config --cflags cmocka) -Isrc -o $@ $< \
		$(O)/libaudioguide.a $(PKG_LIBS) $(shell pkg-config --libs cmocka) \
		$(ALL_LDFLAGS)

# The main job: render the bundled guide into out/.
render: $(BIN)
	./$(BIN) status
	./$(BIN) build

check: deps-check
	$(MAKE) $(BIN) $(UNIT_BIN)
	AG=$(abspath $(BIN)) \
	ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
	LSAN_OPTIONS=suppressions=$(abspath tests/sanitize/lsan.supp):print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1 \
	BROWSER_CHECKS=$(if $(filter 1,$(SANITIZE)),0,1) \
	SANITIZED=$(if $(filter 1,$(SANITIZE)),1,0) \
	tests/run $(UNIT_BIN)

# libFuzzer harnesses: clang, with ASan and UBSan, over the library's code.
build/fuzz/%: tests/fuzz/%.c $(LIB_SRC) src/web/assets.S $(WEB_ASSETS)
	@mkdir -p $(@D)
	clang -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=undefined -Isrc $(PKG_CFLAGS) -o $@ $< \
		$(LIB_SRC) src/web/assets.S $(PKG_LIBS)

fuzz-build: deps-check $(FUZZ_BIN)

fuzz: fuzz-build
	tests/fuzz/run $(FUZZ_SECONDS) $(FUZZ_BIN)

# Not part of `make check`: it needs an Asterisk built from source (see
# README, Tests); ASTERISK=/path/to/sbin/asterisk names it.
check-asterisk: deps
	$(MAKE) $(BIN)
	AG=$(abspath $(BIN)) ROOT=$(CURDIR) python3 tests/asterisk/check.py
	AG=$(abspath $(BIN)) ROOT=$(CURDIR) python3 tests/asterisk/check.py --broken

valgrind: deps-check
	$(MAKE) $(BIN)
	tests/valgrind/run $(abspath $(BIN))

# Speed against a shell pipeline, the bare stages, -j2, and rebuilds.
bench: deps-check
	$(MAKE) $(BIN) $(O)/bench_speech
	BENCH_SPEECH=$(abspath $(O)/bench_speech) tests/bench/run

$(O)/bench_speech: tests/bench/speech.c $(O)/libaudioguide.a
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(O)/libaudioguide.a $(PKG_LIBS) \
		$(ALL_LDFLAGS)

# The guides' catalogs (audioguide update-po), and the program's own
# phrases: po/audioguide.pot from the sources, merged into po/<lang>.po.
PHRASE_SRC = src/phrase.c
update-po: $(BIN)
	./$(BIN) update-po
	xgettext --language=C --keyword=N_ --add-comments=TRANSLATORS: \
		--from-code=UTF-8 --package-name=audioguide \
		--package-version=$$(sed -n 's/.*VERSION "\(.*\)"/\1/p' \
		src/version.h) --msgid-bugs-address= --no-location \
		-o po/audioguide.pot $(PHRASE_SRC)
	@for po in po/*.po; do \
		echo "msgmerge $$po"; \
		msgmerge --quiet --update --backup=none --previous \
			"$$po" po/audioguide.pot || exit 1; \
	done

# The program, and its own phrases where a project without them finds them.
install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/po \
		$(DESTDIR)$(DATADIR)/lexicon
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/audioguide
	install -m 644 po/audioguide.pot po/*.po $(DESTDIR)$(DATADIR)/po
	install -m 644 content/lexicon/*.pls content/lexicon/*.rules \
		$(DESTDIR)$(DATADIR)/lexicon

clean:
	rm -rf audioguide build tests/tmp tests/browser/node_modules

-include $(wildcard build/*/*.d)
