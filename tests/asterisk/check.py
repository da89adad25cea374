#!/usr/bin/env python3
"""Load audioguide's Asterisk trees into a real Asterisk and place calls.

usage: check.py [--keep] [--broken]      (make check-asterisk)

Environment: AG (the audioguide program), ROOT (this repository),
ASTERISK (the asterisk binary; default: asterisk on PATH),
ASTERISK_MODULES and ASTERISK_DOCS (its modules and XML documentation,
found beside the binary when not given), AUDIOGUIDE_DATADIR (the
program's phrases and lexicons, as `make install` lays them out;
default: this repository's).

It makes a project of five guides from tests/fixtures/clinic (en and
es): clinic, clinic_es (whose names once met clinic's Spanish ones),
clinic.es (a dot in the id), one with a 66-character id in which one
Spanish section is fuzzy, and one with a 98-character id; builds them
with --package asterisk; installs each tree the way README says (the
sounds copied into the sounds folder, each guide's
extensions_audioguide_<guide>.conf included from extensions.conf, a
number sent to it from the context phones dial from); starts a scratch
Asterisk with an asterisk.conf of its own under a temporary folder
(nothing of an installed Asterisk is read or written but its modules and
documentation); and places calls over Local channels, each a caller
that sends DTMF at set times.

The calls: every section of every language by its key (the key its
place in the guide gives it, pressed while the title and menus before it
are still being said, so keys must interrupt them); a key pressed during
a section (the next section must start at once); a wrong key ("not
valid", the menu again); * (back to the language menu); three wrong keys
in the language menu ("not valid", then goodbye, in every language); and
silence (three menus, then goodbye).

A call is right when the files Asterisk says it plays ("Playing 'NAME.FMT'
(language 'L')") are, in order, those the menus say (from the manifest:
each language's menu key, its title, each page's offers), each found in
the caller's own language folder in a file of the format Asterisk chose
(no fallback to another language's file).  Any WARNING or ERROR in
Asterisk's log fails the check.  Prints a summary, or what is wrong and
exits 1.

--broken shows that the check can fail: it installs the trees with a
Spanish file of guide clinic removed (Asterisk then plays the English
one) and keys 1 and 2 of clinic_es's Spanish menu swapped, and exits 0
only when the check reports both.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

AG = os.environ.get("AG") or "audioguide"
ROOT = os.environ.get("ROOT") or os.getcwd()
errors = []

# The extensions a file of each format Asterisk names may have.
EXTS = {"slin": ["wav", "sln"], "slin16": ["wav16", "sln16"],
        "ulaw": ["ulaw", "ul", "pcm"], "alaw": ["alaw", "al"],
        "gsm": ["gsm"]}
MODULES = ["pbx_config", "app_playback", "app_senddtmf",
           "app_controlplayback", "app_read", "app_verbose", "func_channel",
           "func_logic", "format_pcm", "format_gsm", "format_wav",
           "format_sln", "codec_ulaw", "codec_alaw", "codec_gsm",
           "codec_resample", "res_timing_timerfd", "res_clioriginate"]


def fail(msg):
    errors.append(msg)


def find_asterisk():
    binary = os.environ.get("ASTERISK") or shutil.which("asterisk")
    if not binary or not os.access(binary, os.X_OK):
        sys.exit("check-asterisk: no Asterisk; build one (README, Tests) "
                 "and give it: make check-asterisk ASTERISK=/path/to/asterisk")
    prefix = os.path.dirname(os.path.dirname(os.path.realpath(binary)))
    mods = os.environ.get("ASTERISK_MODULES") or next(
        (d for d in [os.path.join(prefix, "lib/asterisk/modules"),
                     "/usr/lib/x86_64-linux-gnu/asterisk/modules",
                     "/usr/lib/asterisk/modules"]
         if os.path.isfile(os.path.join(d, "pbx_config.so"))), None)
    docs = os.environ.get("ASTERISK_DOCS") or next(
        (d for d in [os.path.join(prefix, "var/lib/asterisk/documentation"),
                     "/usr/share/asterisk/documentation",
                     "/var/lib/asterisk/documentation"]
         if os.path.isdir(d)), None)
    if not mods or not docs:
        sys.exit("check-asterisk: cannot find the modules or documentation "
                 "of %s; set ASTERISK_MODULES and ASTERISK_DOCS" % binary)
    return binary, mods, docs


def run(cmd, cwd, ok=(0,)):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if p.returncode not in ok:
        sys.exit("check-asterisk: %s exited %d:\n%s%s" %
                 (" ".join(cmd), p.returncode, p.stdout, p.stderr))
    return p


def make_project(work):
    """The five guides, built; returns their ids."""
    proj = os.path.join(work, "project")
    shutil.copytree(os.path.join(ROOT, "tests/fixtures/clinic"), proj)
    long66 = "clinic-with-a-rather-long-name-that-the-admin-chose-for-it-xyz-abc"
    long98 = (long66 + "-and-then-some-more-words-to-reach-98-chars")[:98]
    guides = ["clinic", "clinic_es", "clinic.es", long66, long98]
    for g in guides[1:]:
        shutil.copytree(os.path.join(proj, "content/clinic"),
                        os.path.join(proj, "content", g))
        os.makedirs(os.path.join(proj, "po", g))
        shutil.copy(os.path.join(proj, "po/clinic/es.po"),
                    os.path.join(proj, "po", g, "es.po"))
    for g in guides:
        with open(os.path.join(proj, "content", g, "guide.conf"), "w") as f:
            f.write("languages = en, es\nprofiles = ulaw\n"
                    "packages = asterisk\n")
    # One Spanish section of the 66-character guide fuzzy.
    po = os.path.join(proj, "po", long66, "es.po")
    s = open(po, encoding="utf-8").read()
    i = s.index('msgctxt "on-the-day"')
    open(po, "w", encoding="utf-8").write(s[:i] + "#, fuzzy\n" + s[i:])
    run([AG, "build", "-q"], proj)
    return proj, guides


def break_trees(proj, ast):
    """What --broken does to the installed trees."""
    for f in glob.glob(os.path.join(
            ast, "data/sounds/es/audioguide/clinic/01-before-you-come.*")):
        os.unlink(f)
    conf = os.path.join(ast, "etc/extensions_audioguide_clinic_es.conf")
    s = open(conf, encoding="utf-8").read()
    s = re.sub(r"(\[audioguide-clinic_es\+es\+1\].*?exten => 1,.*?)"
               r"Background\(([^)]*)\)(.*?)Background\(([^)]*)\)",
               r"\1Background(\4)\3Background(\2)", s, count=1,
               flags=re.S)
    open(conf, "w", encoding="utf-8").write(s)


def install(proj, guides, ast, broken):
    """The trees into the scratch Asterisk, as README says."""
    sounds = os.path.join(ast, "data/sounds")
    os.makedirs(sounds)
    ext = ["[general]", "[globals]"]
    for g in guides:
        tree = os.path.join(proj, "out", g, "asterisk")
        shutil.copytree(os.path.join(tree, "sounds"), sounds,
                        dirs_exist_ok=True)
        name = "extensions_audioguide_%s.conf" % g
        shutil.copy(os.path.join(tree, name), os.path.join(ast, "etc"))
        ext.insert(0, "#include %s" % name)
    if broken:
        break_trees(proj, ast)
    ext += ["[from-internal]"]
    ext += ["exten => %d,1,Goto(%s,s,1)" % (7000 + i, top_context(proj, g))
            for i, g in enumerate(guides)]
    return ext


def top_context(proj, g):
    conf = open(os.path.join(proj, "out", g, "asterisk",
                             "extensions_audioguide_%s.conf" % g),
                encoding="utf-8").read()
    m = re.search(r"Its contexts are (audioguide-\S+) ", conf)
    return m.group(1)


def write_config(ast, binary, mods, docs, ext, calls):
    etc = os.path.join(ast, "etc")
    for d in ("run", "log", "lib", "spool", "db", "data"):
        os.makedirs(os.path.join(ast, d), exist_ok=True)
    os.symlink(docs, os.path.join(ast, "data/documentation"))
    dirs = {"astetcdir": etc, "astmoddir": mods, "astsbindir":
            os.path.dirname(binary)}
    for k, d in [("astvarlibdir", "lib"), ("astdbdir", "db"),
                 ("astkeydir", "lib"), ("astdatadir", "data"),
                 ("astagidir", "lib"), ("astspooldir", "spool"),
                 ("astrundir", "run"), ("astlogdir", "log"),
                 ("astcachedir", "lib")]:
        dirs[k] = os.path.join(ast, d)
    files = {
        "asterisk.conf": "[directories]\n" + "".join(
            "%s => %s\n" % kv for kv in dirs.items()) +
        "[options]\nverbose = 5\n",
        "modules.conf": "[modules]\nautoload = no\n" + "".join(
            "load => %s.so\n" % m for m in MODULES),
        "logger.conf": "[general]\n[logfiles]\n"
                       "full => notice,warning,error,verbose(5),dtmf\n",
        "extensions.conf": "\n".join(ext + calls) + "\n",
    }
    for name in ("cdr.conf", "cel.conf", "features.conf", "udptl.conf",
                 "stasis.conf", "ccss.conf"):
        files[name] = "[general]\n"
    files["acl.conf"] = "; no access lists\n"
    for name, text in files.items():
        with open(os.path.join(etc, name), "w") as f:
            f.write(text)
    ind = os.path.join(os.path.dirname(mods), "..", "..", "etc", "asterisk",
                       "indications.conf")
    for cand in [ind, "/etc/asterisk/indications.conf",
                 os.path.join(ROOT, "tests/asterisk/indications.conf")]:
        if os.path.isfile(cand):
            shutil.copy(cand, os.path.join(etc, "indications.conf"))
            break
    return os.path.join(etc, "asterisk.conf")


def menus(manifest):
    """Per language with menus: its key, its title's file (or None), and
    its pages: (key, file) of each section offered."""
    out = {}
    for l in manifest["languages"]:
        if not l.get("menu_key"):
            continue
        tracks = {t["section"]: t for t in l["tracks"]}
        name = lambda t: os.path.basename(t["captions"])[:-4]
        pages = []
        for p in sorted((p for p in l["prompts"]
                         if p["name"].startswith("menu-")),
                        key=lambda p: int(p["name"][5:])):
            pages.append([(str((tracks[s]["number"] - 1) % 8 + 1),
                           name(tracks[s])) for s in p["offers"]])
        title = tracks.get("title")
        out[l["code"]] = (l["menu_key"], title and name(title), pages)
    return out


class Call:
    """A caller: DTMF at set times, and the names it must hear played.
    lang None: the language menu's, whose sounds are in every language."""

    def __init__(self, name, number, steps, expect, lang):
        self.name, self.number, self.steps = name, number, steps
        self.expect, self.lang = expect, lang

    def dialplan(self):
        lines = ["exten => %s,1,Wait(1)" % self.name]
        for wait, digits in self.steps:
            lines.append(" same => n,SendDTMF(%s)" % digits)
            lines.append(" same => n,Wait(%s)" % wait)
        lines.append(" same => n,Hangup()")
        return lines


def plan_calls(proj, guides):
    calls = []

    def call(i, g, steps, expect, lang):
        calls.append(Call("c%d" % len(calls), 7000 + i, steps,
                          [(g, e) for e in expect], lang))

    for i, g in enumerate(guides):
        m = json.load(open(os.path.join(proj, "out", g, "manifest.json"),
                           encoding="utf-8"))
        langs = menus(m)
        every = sorted(langs)
        for lang, (key, title, pages) in langs.items():
            intro = [title] if title else []
            # Each section by its key, pressed while the title (and the
            # menus before it) are still being said: keys interrupt.
            for p, offers in enumerate(pages):
                for k, track in offers:
                    steps = [(1.5, str(key))] + [(1.5, "9")] * p + \
                            [(2, k)]
                    expect = ["language"] + intro + \
                             ["menu-%d" % (q + 2) for q in range(p)] + [track]
                    call(i, g, steps, expect, lang)
            # A key during a section: the next section at once.
            first = pages[0]
            if len(first) > 1:
                call(i, g, [(1.5, str(key)), (2, first[0][0]),
                            (2, first[1][0])],
                     ["language"] + intro + [first[0][1], first[1][1]], lang)
            # A wrong key: "not valid", then the menu again.
            call(i, g, [(1.5, str(key)), (3, "8")],
                 ["language"] + intro + ["invalid", "menu-1"], lang)
            # * goes back to the language menu.
            call(i, g, [(1.5, str(key)), (2, "*")],
                 ["language"] + intro + ["language"], lang)
        # The language menu: a wrong key says so in every language, the
        # third says goodbye in every language.
        call(i, g, [(1.5, "8"), (8, "8"), (8, "8"), (8, "8")],
             ["invalid"] * len(every) + ["invalid"] * len(every) +
             ["invalid"] * len(every) + ["goodbye"] * len(every), None)
    # Silence: three timeouts, then goodbye (once; it takes a while).
    g = guides[0]
    m = json.load(open(os.path.join(proj, "out", g, "manifest.json"),
                       encoding="utf-8"))
    key, title, _ = menus(m)["es"]
    call(0, g, [(75, str(key))],
         ["language", title, "menu-1", "menu-1", "menu-1", "goodbye"], "es")
    return calls


def caller_context(calls):
    lines = ["[caller]"]
    for c in calls:
        lines += c.dialplan()
    return lines


def played(log, calls):
    """Per call: what it played, as (name, format, language)."""
    chan_of = {}
    for m in re.finditer(r"Executing \[(c\d+)@caller:1\] Wait\(\"([^\"]+);1\"",
                         log):
        chan_of[m.group(2) + ";2"] = m.group(1)
    out = {c.name: [] for c in calls}
    for m in re.finditer(r"<([^>]+)> Playing '([^']+)\.([a-z0-9]+)' "
                         r"\(language '([^']*)'\)", log):
        name = chan_of.get(m.group(1))
        if name:
            out[name].append((m.group(2), m.group(3), m.group(4)))
    return out


def check_call(c, plays, sounds):
    want = [(g, n) for g, n in c.expect]
    got = []
    for name, fmt, lang in plays:
        parts = name.split("/")
        if parts[0] == "audioguide":	# language from the channel
            folder = lang
        else:				# "<lang>/audioguide/...": the menu
            folder, parts = parts[0], parts[1:]
        exts = EXTS.get(fmt, [fmt])
        path = os.path.join(sounds, folder, *parts)
        if not any(os.path.isfile(path + "." + e) for e in exts):
            fail("%s: played %s.%s for language %s, not in %s/ "
                 "(a fallback to another language's file)" %
                 (c.name, name, fmt, lang, folder))
        if parts[0] == "audioguide" and len(parts) == 3:
            got.append((parts[1], parts[2]))
        if parts[0] == "audioguide" and c.lang and folder != c.lang and \
                parts[2] != "language":
            fail("%s: played %s in %s, the caller chose %s" %
                 (c.name, name, folder, c.lang))
    # what the menus say, in order, is what was played
    if [x for x in got if x[1] != "language"][:len(
            [w for w in want if w[1] != "language"])] != \
            [w for w in want if w[1] != "language"]:
        fail("%s (%s): played %s, the menus say %s" %
             (c.name, c.lang, [n for _, n in got], [n for _, n in want]))


def main():
    keep = "--keep" in sys.argv
    broken = "--broken" in sys.argv
    binary, mods, docs = find_asterisk()
    work = tempfile.mkdtemp(prefix="audioguide-asterisk.")
    if not os.environ.get("AUDIOGUIDE_DATADIR"):	# this repository's
        share = os.path.join(work, "share")
        os.makedirs(share)
        os.symlink(os.path.join(ROOT, "po"), os.path.join(share, "po"))
        os.symlink(os.path.join(ROOT, "content/lexicon"),
                   os.path.join(share, "lexicon"))
        os.environ["AUDIOGUIDE_DATADIR"] = share
    ast = os.path.join(work, "asterisk")
    os.makedirs(os.path.join(ast, "etc"))
    proj, guides = make_project(work)
    ext = install(proj, guides, ast, broken)
    calls = plan_calls(proj, guides)
    ext += caller_context(calls)
    conf = write_config(ast, binary, mods, docs, ext, [])
    cli = [binary, "-C", conf]
    server = subprocess.Popen(cli + ["-f", "-n"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if run(cli + ["-rx", "core waitfullybooted"], work,
                   ok=(0, 1)).returncode == 0:
                break
            time.sleep(0.2)
        for i, g in enumerate(guides):
            top = top_context(proj, g)
            out = run(cli + ["-rx", "dialplan show %s" % top], work).stdout
            if "created by 'pbx_config'" not in out:
                fail("%s: context %s not loaded" % (g, top))
        # every call at once, each its own caller
        for c in calls:
            run(cli + ["-rx", "channel originate Local/%d@from-internal/n "
                       "extension %s@caller" % (c.number, c.name)], work)
        longest = max(1 + sum(w for w, _ in c.steps) for c in calls)
        time.sleep(longest + 3)
        run(cli + ["-rx", "core stop now"], work, ok=(0, 1))
        server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
    log = open(os.path.join(ast, "log/full"), encoding="utf-8",
               errors="replace").read()
    for line in log.splitlines():
        if re.search(r"\] (WARNING|ERROR)\[", line):
            fail("asterisk: " + line)
    plays = played(log, calls)
    sounds = os.path.join(ast, "data/sounds")
    for c in calls:
        check_call(c, plays[c.name], sounds)
    n = sum(len(v) for v in plays.values())
    if broken:
        want = [r"played audioguide/clinic/01-before-you-come\.\w+ for "
                r"language es, not in es/", r"\(es\): played .*"
                r"'02-on-the-day'.*, the menus say .*'01-before-you-come'"]
        missed = [w for w in want if not any(re.search(w, e) for e in errors)]
        shutil.rmtree(work)
        if missed:
            sys.exit("check-asterisk --broken: the check missed %s; it "
                     "said: %s" % (missed, errors[:5]))
        print("check-asterisk --broken: the broken trees fail, as they "
              "must (%d findings)" % len(errors))
        return
    for e in errors[:40]:
        print(e)
    if keep or errors:
        print("check-asterisk: kept %s" % work)
    else:
        shutil.rmtree(work)
    if errors:
        sys.exit(1)
    print("check-asterisk: %s; %d guides, %d calls, %d files played, each "
          "the one its menu names, in the caller's language; no warnings"
          % (run(cli[:1] + ["-V"], "/").stdout.strip(), len(guides),
             len(calls), n))


main()
