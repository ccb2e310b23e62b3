/* The page's fixed places, patching them in place, and the live region
   that screen readers hear. */

export var main = document.getElementById('main');
export var bar = document.getElementById('bar');
export var topEl = bar.parentNode;
export var bannerEl = document.getElementById('banner');
export var feedbackEl = document.getElementById('feedback');
export var overlayEl = document.getElementById('overlay');
var liveEl = document.getElementById('live');

function keyOf(n) {
  return n.nodeType === 1 ? (n.getAttribute('data-testid') || n.id || '') : '';
}
function same(a, b) {
  if (a.nodeType !== b.nodeType) return false;
  if (a.nodeType !== 1) return true;
  return a.nodeName === b.nodeName && keyOf(a) === keyOf(b);
}
// morph makes the live tree from look like to, keeping every element that
// stays, so a finger on a button never loses it and focus stays put.
function morph(from, to) {
  if (from.nodeType === 1) {
    var fa = from.attributes, ta = to.attributes, i;
    for (i = fa.length - 1; i >= 0; i--) if (!to.hasAttribute(fa[i].name)) from.removeAttribute(fa[i].name);
    for (i = 0; i < ta.length; i++) if (from.getAttribute(ta[i].name) !== ta[i].value) from.setAttribute(ta[i].name, ta[i].value);
  }
  var f = from.firstChild, t = to.firstChild;
  while (t) {
    var tn = t.nextSibling;
    if (!f) {
      from.appendChild(t);
    } else if (same(f, t)) {
      if (f.nodeType === 1) morph(f, t);
      else if (f.nodeValue !== t.nodeValue) f.nodeValue = t.nodeValue;
      f = f.nextSibling;
    } else {
      var old = f;
      f = f.nextSibling;
      from.replaceChild(t, old);
    }
    t = tn;
  }
  while (f) { var fn = f.nextSibling; from.removeChild(f); f = fn; }
}
// patch sets the children of el from html; el itself keeps its attributes.
export function patch(el, html) {
  var tmp = document.createElement(el.nodeName);
  tmp.innerHTML = html;
  var n = el.attributes.length, i;
  for (i = 0; i < n; i++) tmp.setAttribute(el.attributes[i].name, el.attributes[i].value);
  morph(el, tmp);
}

// announce says text to screen readers.
export function announce(text) {
  liveEl.textContent = '';
  setTimeout(function () { liveEl.textContent = text; }, 60);
}
