// The player page's script (embedded in out/<guide>/index.html): one
// language's view at a time, "play all", and the sentence being spoken
// marked in the transcript.
(function () {
'use strict';
var views = [].slice.call(document.querySelectorAll('article'));
var links = [].slice.call(document.querySelectorAll('nav a'));
var kiosk = /[?&]kiosk\b/.test(location.search);
// The view an address names (index.html#es), or null.  Views carry
// data-lang, not an id: the browser has nothing to scroll to, and the
// view is shown from the top, the language switcher in sight.
function named(tag) {
  var found = null;
  views.forEach(function (v) { if (tag && v.dataset.lang === tag) found = v; });
  return found;
}
// play() answers with a promise that a pause() before the sound starts
// rejects (pressing "play all" again, another view shown): no fault.
function start(a) {
  var p = a.play();
  if (p && p.catch) p.catch(function () {});
}
function show(v) {
  views.forEach(function (x) {
    x.hidden = x !== v;
    if (x !== v) x.querySelectorAll('audio').forEach(function (a) { a.pause(); });
  });
  links.forEach(function (l) {
    if (l.hash === '#' + v.dataset.lang) l.setAttribute('aria-current', 'true');
    else l.removeAttribute('aria-current');
  });
  document.title = v.dataset.title;
  return v;
}
views.forEach(function (v) {
  var list = [].slice.call(v.querySelectorAll('audio'));
  var all = v.querySelector('button');
  function playing(on) { all.setAttribute('aria-pressed', String(on)); }
  if (all) all.addEventListener('click', function () {
    var on = all.getAttribute('aria-pressed') !== 'true';
    playing(on);
    list.forEach(function (a) { a.pause(); });
    if (on && list.length) { list[0].currentTime = 0; start(list[0]); }
  });
  list.forEach(function (a, i) {
    var sec = a.closest('section'), t = a.textTracks[0];
    a.addEventListener('ended', function () {
      if (!all || all.getAttribute('aria-pressed') !== 'true') return;
      var next = list[i + 1] || (kiosk ? list[0] : null);
      if (!next) { playing(false); return; }
      next.currentTime = 0;
      start(next);
    });
    if (!t) return;
    t.mode = 'hidden';
    t.addEventListener('cuechange', function () {
      sec.querySelectorAll('.now').forEach(function (s) { s.classList.remove('now'); });
      [].forEach.call(t.activeCues || [], function (c) {
        var s = document.getElementById(sec.dataset.cues + c.id);
        if (s) s.classList.add('now');
      });
    });
  });
});
// A language's address shows its view from the top, switcher included;
// other addresses (#main, a heading) stay in the view shown.
window.addEventListener('hashchange', function () {
  var v = named(location.hash.slice(1));
  if (!v) return;
  show(v);
  window.scrollTo(0, 0);
});
var v = named(location.hash.slice(1));
if (v) window.scrollTo(0, 0);
v = show(v || views[Number(document.body.dataset.first)] || views[0]);
if (kiosk && v.querySelector('button')) v.querySelector('button').click();
})();
