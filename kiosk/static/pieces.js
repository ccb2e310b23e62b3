/* Small pieces of screen: buttons, the Hear button, headings, badges,
   pages of a list, and the team's picture tiles. */
import { icon, pic } from './pictures.js';
import { esc } from './util.js';

// btn is a button that runs the action o.act (see actions.js) with o.arg.
export function btn(o) {
  // o: {act, arg, testid, icon, text, cls, html, label}
  return '<button type="button" class="btn' + (o.cls ? ' ' + o.cls : '') + '" data-act="' + o.act + '"' +
    (o.arg != null ? ' data-arg="' + esc(o.arg) + '"' : '') +
    (o.testid ? ' data-testid="' + esc(o.testid) + '"' : '') +
    (o.current ? ' aria-current="page"' : '') + '>' +
    (o.html != null ? o.html : (o.icon ? icon(o.icon) : '') + '<span>' + esc(o.text) + '</span>') + '</button>';
}
// hear is the read-aloud button for the element with id target.
export function hear(target, testid) {
  return '<button type="button" class="btn hear nosay" data-act="say" data-arg="' + esc(target) + '"' +
    ' data-testid="' + esc(testid || ('btn-read-' + target)) + '" aria-label="Hear this read aloud">' +
    icon('speaker') + '<span>Hear</span></button>';
}
export function head(title, opts) {
  opts = opts || {};
  return '<div class="head">' + (opts.pic || '') +
    '<h1 id="h1" tabindex="-1">' + esc(title) + '</h1>' +
    (opts.extra || '') + hear('main', 'btn-read-aloud') + '</div>';
}
export function status(kind, text, iconName) {
  return '<span class="badge ' + kind + '">' + icon(iconName) + '<span>' + esc(text) + '</span></span>';
}
export function paginate(list, page, per) {
  // At most five main choices: up to five fit, else pages of per with "More".
  if (list.length <= per + 1) return { items: list, page: 0, pages: 1 };
  var pages = Math.ceil(list.length / per);
  page = ((page % pages) + pages) % pages;
  return { items: list.slice(page * per, page * per + per), page: page, pages: pages };
}
export function pager(pg, act, words) {
  if (pg.pages <= 1) return '';
  return '<div class="pager">' + btn({ act: act, testid: 'btn-more', icon: 'more', text: words, cls: 'more' }) +
    '<span class="soft">Page ' + (pg.page + 1) + ' of ' + pg.pages + '</span></div>';
}
// team is everyone, in alphabetical order of name: the order never
// changes when someone checks in, so a picture stays where it was found.
export function team(v) {
  return (v.people || []).slice().sort(function (a, b) {
    var x = String(a.name || '').toLowerCase(), y = String(b.name || '').toLowerCase();
    return x < y ? -1 : x > y ? 1 : (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
// sameNames is the set of first names two or more people share, so their
// tiles can show more than the name (see personTiles).
function sameNames(list) {
  var seen = {}, dup = {};
  list.forEach(function (p) { var n = String(p.name || '').toLowerCase(); if (seen[n]) dup[n] = true; seen[n] = true; });
  return dup;
}
// personTiles lays out the whole team on one screen: the tiles get smaller
// as the team grows, instead of hiding people on other pages.
export function personTiles(v, pg, act) {
  var n = pg.items.length;
  var size = n <= 6 ? '' : n <= 12 ? ' tiles-m' : ' tiles-s';
  var dup = sameNames(pg.items);
  return '<div class="tiles' + size + '">' + pg.items.map(function (p) {
    var extra = dup[String(p.name || '').toLowerCase()] ? '<span class="sub">' + esc(p.id) + '</span>' : '';
    return btn({
      act: act, arg: p.id, testid: 'person-' + p.id, cls: 'tile',
      html: pic(p) + '<span class="name">' + esc(p.name) + extra + '</span>' +
        '<span class="slot">' + (p.checked_in ? status('', 'Here', 'tick') : '') + '</span>'
    });
  }).join('') + '</div>';
}
