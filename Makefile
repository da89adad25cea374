# audioguide: `make` installs what is missing, builds, renders the bundled
# guide; `make check` installs, builds and runs every test.

PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
CC ?= cc
CFLAGS ?= -O2 -g
WARN = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ifeq ($(WERROR),1)
WARN += -Werror
endif
ifeq ($(SANITIZE),1)
CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer
LDFLAGS += -fsanitize=address,undefined
endif
PKGS = espeak-ng sndfile soxr libebur128 jansson inih libxxhash
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS = $(shell pkg-config --libs $(PKGS)) -lgettextpo -lm
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(PKG_CFLAGS) -MMD -MP

LIB_SRC = $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ = $(LIB_SRC:.c=.o)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:.c=)

.DELETE_ON_ERROR:
.PHONY: all deps deps-check render check unit e2e clean install update-po bench

all: deps
	$(MAKE) audioguide
	$(MAKE) render

deps:
	@scripts/install-deps build

deps-check:
	@scripts/install-deps check

audioguide: src/main.o src/libaudioguide.a
	$(CC) $(LDFLAGS) -o $@ src/main.o src/libaudioguide.a $(PKG_LIBS)

src/libaudioguide.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

src/%.o: src/%.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

tests/unit/%: tests/unit/%.c src/libaudioguide.a
	$(CC) $(ALL_CFLAGS) $(shell pkg-config --cflags cmocka) -Isrc -o $@ $< \
		src/libaudioguide.a $(PKG_LIBS) $(shell pkg-config --libs cmocka) $(LDFLAGS)

# The main job: render the bundled guide into out/.
render: audioguide
	./audioguide status
	./audioguide build

check: deps-check
	$(MAKE) audioguide $(UNIT_BIN)
	tests/run $(UNIT_BIN)

# Speed against a shell pipeline, the bare stages, -j2, and rebuilds.
bench: deps-check
	$(MAKE) audioguide
	tests/bench/run

update-po: audioguide
	./audioguide extract
	@for po in po/*/*.po; do \
		[ -f "$$po" ] || continue; \
		g=$$(basename $$(dirname $$po)); \
		echo "msgmerge $$po"; \
		msgmerge --quiet --update --backup=none --previous \
			"$$po" "po/$$g/$$g.pot" || exit 1; \
	done

install: audioguide
	install -d $(DESTDIR)$(BINDIR)
	install -m 755 audioguide $(DESTDIR)$(BINDIR)/audioguide

clean:
	rm -f audioguide src/*.o src/*.d src/*.a $(UNIT_BIN) tests/unit/*.d
	rm -rf tests/tmp

-include $(wildcard src/*.d tests/unit/*.d)
