#!/usr/bin/env python3
"""Check a build's telephone packages the way the servers would read them
(those of the two the build made).

usage: phonecheck.py OUT/GUIDE

Asterisk (asterisk/extensions_audioguide_<guide>.conf): every file a context
plays (Background, Playback; "&" lists) must exist for the language the
channel has there, in every format of the tree, so that Asterisk never
falls back to another language's file.  Every language's pages must give
each section the key its place in the guide gives it (section N: page
(N-1)//8+1, key (N-1)%8+1), the same in every language, and play it with
Background (a key interrupts it); the menu prompt (its text, from the
manifest) must name the section's title and its key.  The title is
played on the way in from the language menu; every page has * (back), 0
(again) and 9 where there is a next page; every wrong key says "not
valid", and every third wrong key or silence says goodbye (the language
menu in each of its languages) before hanging up.

FreeSWITCH (freeswitch/ivr_menus, dialplan): the XML must parse; every
sound a menu names must exist in the 8000 and 16000 folders where
mod_sndfile looks (prefix sounds/<lang>, or sounds/ for the language
menu); the same keys as above, each section played by the playback
application with playback_terminators=any; every menu has its invalid and
goodbye sounds; every extension a menu transfers to exists and runs a
menu that exists.

Prints what is wrong and exits 1, or prints a summary.
"""
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

FORMATS = ["ulaw", "alaw", "gsm", "sln16", "wav", "wav16"]
PAGE = 8
errors = []


def fail(msg):
    errors.append(msg)


def tag_of(guide, names):
    """The guide's tag in the servers' names: its id, or for an id of
    more than 39 characters its first 28, '~' and 10 hex digits."""
    if len(guide) <= 39:
        return guide
    for n in names:
        m = re.search(re.escape(guide[:28]) + r"~[0-9a-f]{10}", n)
        if m:
            return m.group(0)
    fail("no name made of a tag of %s" % guide)
    return guide


def place(number):
    """A section's page and key, from its place in the guide."""
    return (number - 1) // PAGE + 1, str((number - 1) % PAGE + 1)


def expected(lang):
    """Page -> {key: section} a language's menus must offer: every
    track but the title (sections said, and notices)."""
    pages = {}
    for t in lang["tracks"]:
        if t["number"] > 0:
            page, key = place(t["number"])
            pages.setdefault(page, {})[key] = t
    return pages


def unmarked(text):
    """Text without its combining marks (vowel marks, shadda)."""
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


def check_prompt(where, lang, page, offers):
    """The menu prompt names each offered section and its key."""
    menu = [p for p in lang["prompts"] if p["name"] == "menu-%d" % page]
    if not menu:
        fail("%s: no prompt menu-%d in the manifest" % (where, page))
        return
    menu = menu[0]
    if [t["section"] for _, t in sorted(offers.items())] != menu["offers"]:
        fail("%s: the prompt offers %s, the tracks are %s" %
             (where, menu["offers"], sorted(offers)))
    for i, (key, t) in enumerate(sorted(offers.items())):
        said = menu["text"][i] if i < len(menu["text"]) else ""
        # The menu's text is what is spoken: a lexicon may add the
        # vowel marks a title is written without (Arabic الأَسْبَاب).
        if unmarked(t["title"]) not in unmarked(said) or key not in said:
            fail("%s: key %s: the menu says %r, not %r with its key" %
                 (where, key, said, t["title"]))


def parse_conf(conf):
    contexts, name = {}, None
    for line in conf.splitlines():
        if line.startswith(";") or not line.strip():
            continue
        m = re.match(r"^\[(.+)\]$", line)
        if m:
            name = m.group(1)
            contexts[name] = {}
            continue
        e = re.match(r"^exten => ([^,]+),1,(.*)$", line)
        if e:
            ext = e.group(1)
            contexts[name][ext] = [e.group(2)]
            continue
        s = re.match(r"^ same => n(?:\(\w+\))?,(.*)$", line)
        if s and ext in contexts[name]:
            contexts[name][ext].append(s.group(1))
        else:
            fail("asterisk: a line not understood: %r" % line)
    return contexts


def apps(steps, name):
    out = []
    for s in steps:
        m = re.match(r"^%s\((.*)\)$" % name, s)
        if m:
            out.append(m.group(1))
    return out


def asterisk(root, manifest):
    conf = open(os.path.join(root, "asterisk/extensions_audioguide_%s.conf"
                             % manifest["guide"]), encoding="utf-8").read()
    sounds = os.path.join(root, "asterisk/sounds")
    contexts = parse_conf(conf)
    guide = tag_of(manifest["guide"], contexts)
    g = manifest["guide"]
    langs = {l["code"]: l for l in manifest["languages"]}
    top = "audioguide-" + guide
    if top not in contexts:
        fail("no context " + top)
        return 0
    played = 0
    served = []
    for ctx, exts in contexts.items():
        lang = None
        if len(ctx) > 79:
            fail("%s: longer than Asterisk's 79 characters" % ctx)
        m = re.match(r"^audioguide-%s\+(.+)\+(\d+)$" % re.escape(guide), ctx)
        if m:
            lang = m.group(1)
        for ext, steps in exts.items():
            for app in apps(steps, "Background") + apps(steps, "Playback"):
                for f in app.split("&"):
                    # with languageprefix: <lang>/<f>, then <f> itself
                    cands = ([os.path.join(sounds, lang, f)] if lang else []) + \
                        [os.path.join(sounds, f)]
                    for fmt in FORMATS:
                        if not any(os.path.isfile(c + "." + fmt) for c in cands):
                            fail("%s: %s.%s does not exist for %s" %
                                 (ctx, f, fmt, lang or "any language"))
                    played += 1
            for target in apps(steps, "Goto"):
                parts = target.split(",")
                if len(parts) == 3 and parts[0] not in contexts:
                    fail("%s,%s: goes to %s, which is no context" %
                         (ctx, ext, parts[0]))
                if len(parts) == 3 and parts[0] in contexts and \
                        parts[1] not in contexts[parts[0]]:
                    fail("%s,%s: goes to %s, which has no %s" %
                         (ctx, ext, parts[0], parts[1]))
        # Wrong keys and silence end in goodbye.
        for ext in ("i", "t"):
            steps = exts.get(ext)
            if not steps:
                fail("%s: no %s extension" % (ctx, ext))
                continue
            plays = apps(steps, "Playback")
            if not plays or "goodbye" not in plays[-1] or \
                    steps[-1] != "Hangup()" or steps[-2] != "Playback(%s)" % plays[-1]:
                fail("%s,%s: does not say goodbye before it hangs up" % (ctx, ext))
            if ext == "i" and not any("invalid" in p for p in plays[:-1]):
                fail("%s,i: does not say that the choice is not valid" % ctx)
            if ctx == top:
                for p in (plays[0], plays[-1]) if plays else ():
                    said = sorted(x.split("/")[0] for x in p.split("&"))
                    if said != sorted(served_langs(exts, langs)):
                        fail("%s,%s: says %s in %s, not in every language "
                             "of the menu" % (ctx, ext, p, said))
        if not lang:
            continue
        page = int(m.group(2))
        l = langs[lang]
        offers = expected(l).get(page, {})
        check_prompt(ctx, l, page, offers)
        files = {os.path.basename(t["captions"])[:-4]: t for t in l["tracks"]}
        for key in "12345678":
            steps = exts.get(key)
            want = offers.get(key)
            bg = [re.match(r"^audioguide/[^/]+/(.+)$", x)
                  for x in apps(steps or [], "Background")]
            got = files.get(bg[0].group(1)) if bg and bg[0] else None
            if want and (not got or got["section"] != want["section"]):
                fail("%s: key %s plays %s with Background, not section %s"
                     % (ctx, key, got and got["section"], want["section"]))
            if not want and steps:
                fail("%s: key %s is no section's here" % (ctx, key))
        if "*" not in exts:
            fail("%s: no way back (*)" % ctx)
        if "0" not in exts:
            fail("%s: no key to hear the menu again (0)" % ctx)
        if page + 1 in expected(l) and "9" not in exts:
            fail("%s: no key to the next page (9)" % ctx)
        if page == 1:
            served.append(lang)
            title = [t for t in l["tracks"] if t["number"] == 0]
            intro = exts.get("intro", [])
            if title and ("Background(audioguide/%s/%s)" %
                          (g, os.path.basename(title[0]["captions"])[:-4])) not in intro:
                fail("%s: the title is not played on the way in" % ctx)
    # The language menu's keys, each to its language's way in.
    for lang in served:
        key = str(langs[lang]["menu_key"])
        goes = apps(contexts[top].get(key, []), "Goto")
        want = "audioguide-%s+%s+1,intro,1" % (guide, lang)
        if want not in goes:
            fail("%s: key %s goes to %s, not %s" % (top, key, goes, want))
    return played


def served_langs(exts, langs):
    """The languages the language menu offers, from its keys."""
    out = []
    for ext, steps in exts.items():
        for s in steps:
            m = re.match(r"^Set\(CHANNEL\(language\)=(.+)\)$", s)
            if m:
                out.append(m.group(1))
    return out


def freeswitch(root, manifest):
    base = os.path.join(root, "freeswitch")
    guide = manifest["guide"]
    menus = {}
    ivr = ET.parse(os.path.join(base, "ivr_menus/audioguide_%s.xml" % guide)).getroot()
    dial = ET.parse(os.path.join(base, "dialplan/audioguide_%s.xml" % guide)).getroot()
    for menu in ivr.iter("menu"):
        menus[menu.get("name")] = menu
    tag = tag_of(guide, menus)
    sounds = os.path.join(base, "sounds")
    langs = {l["code"]: l for l in manifest["languages"]}
    top = "audioguide_" + tag

    def exists(prefix, f):
        for rate in ("8000", "16000"):
            d, n = os.path.split(f)
            if not os.path.isfile(os.path.join(prefix, d, rate, n)):
                fail("freeswitch: %s/%s is not in %s/" % (prefix, f, rate))

    extensions = {}
    for ext in dial.iter("extension"):
        acts = [(a.get("application"), a.get("data") or "")
                for a in ext.iter("action")]
        extensions[ext.get("name")] = acts
        cond = ext.find("condition")
        if cond is None or not re.match(cond.get("expression"), ext.get("name")):
            fail("freeswitch: extension %s is not dialled by its name" %
                 ext.get("name"))
        if ("set", "playback_terminators=any") not in acts:
            fail("freeswitch: extension %s: a key does not stop what "
                 "it plays" % ext.get("name"))
        ivrs = [d for a, d in acts if a == "ivr"]
        if len(ivrs) != 1 or ivrs[0] not in menus:
            fail("freeswitch: extension %s runs %s, not a menu" %
                 (ext.get("name"), ivrs))

    checked = 0
    for name, menu in menus.items():
        m = re.match(r"^audioguide_%s\+(.+)\+(\d+)$" % re.escape(tag), name)
        prefix = os.path.join(sounds, m.group(1)) if m else sounds
        for attr in ("greet-long", "greet-short", "invalid-sound", "exit-sound"):
            v = menu.get(attr)
            if not v:
                fail("freeswitch: menu %s has no %s" % (name, attr))
                continue
            files = v.replace("file_string://", "").split("!")
            for f in files:
                exists(prefix, f)
                checked += 1
            word = {"invalid-sound": "invalid", "exit-sound": "goodbye"}.get(attr)
            if word and not all(os.path.basename(f) == word + ".wav" for f in files):
                fail("freeswitch: menu %s: its %s is %s" % (name, attr, v))
            if word and not m:
                said = sorted(f.split("/")[0] for f in files)
                want = sorted(n for n in langs if
                              "audioguide_%s+%s" % (tag, n) in extensions)
                if said != want:
                    fail("freeswitch: %s: %s in %s, not in every language"
                         % (name, attr, said))
        keys = {}
        for entry in menu.iter("entry"):
            p = entry.get("param", "")
            keys[entry.get("digits")] = (entry.get("action"), p)
            if entry.get("action") == "menu-play-sound":
                exists(prefix, p)
                checked += 1
            if entry.get("action") == "menu-exec-app" and p.startswith("playback "):
                f = p[len("playback "):]
                if not f.startswith("silence_stream://"):
                    exists(prefix, f)
                    checked += 1
            if entry.get("action") == "menu-exec-app" and p.startswith("transfer "):
                dest = p.split()[1]
                if dest not in extensions:
                    fail("freeswitch: %s sends key %s to %s, which is no "
                         "extension" % (name, entry.get("digits"), dest))
            if entry.get("action") == "menu-sub" and p not in menus:
                fail("freeswitch: %s goes to %s, which is not a menu" % (name, p))
        if not m:
            continue
        lang, page = m.group(1), int(m.group(2))
        l = langs[lang]
        offers = expected(l).get(page, {})
        check_prompt("freeswitch " + name, l, page, offers)
        for key in "12345678":
            want = offers.get(key)
            act = keys.get(key)
            got = None
            if act and act[0] == "menu-exec-app" and act[1].startswith("playback "):
                got = os.path.basename(act[1])[:-4]
            if want and got != os.path.basename(want["captions"])[:-4]:
                fail("freeswitch: %s: key %s plays %s, not section %s" %
                     (name, key, act, want["section"]))
            if not want and act:
                fail("freeswitch: %s: key %s is no section's here" % (name, key))
        for key in "*0":
            if key not in keys:
                fail("freeswitch: %s: no key %s" % (name, key))
        if page == 1:
            title = [t for t in l["tracks"] if t["number"] == 0]
            way_in = extensions.get("audioguide_%s+%s" % (tag, lang), [])
            if title and not any(a == "playback" and d.endswith(
                    "/%s.wav" % os.path.basename(title[0]["captions"])[:-4])
                    for a, d in way_in):
                fail("freeswitch: %s: the title is not played on the way in"
                     % lang)
    if top not in menus:
        fail("freeswitch: no language menu " + top)
    return checked


def main():
    root = sys.argv[1]
    manifest = json.load(open(os.path.join(root, "manifest.json"), encoding="utf-8"))
    has_a = os.path.isdir(os.path.join(root, "asterisk"))
    has_f = os.path.isdir(os.path.join(root, "freeswitch"))
    if not has_a and not has_f:
        fail("no asterisk/ or freeswitch/ package in " + root)
    a = asterisk(root, manifest) if has_a else None
    f = freeswitch(root, manifest) if has_f else None
    for e in errors:
        print(e)
    if errors:
        sys.exit(1)
    said = []
    if has_a:
        said.append("asterisk: %d files played, all there" % a)
    if has_f:
        said.append("freeswitch: %d sounds, all there" % f)
    print("; ".join(said))


main()
