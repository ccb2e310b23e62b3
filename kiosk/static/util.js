/* Small helpers with no state: times, copies, ids, escaping, finding. */

function pad(n) { return (n < 10 ? '0' : '') + n; }
export function hhmm(d) { return pad(d.getHours()) + ':' + pad(d.getMinutes()); }
export function timeOf(iso) {
  if (!iso) return '';
  var d = new Date(iso);
  return isNaN(d.getTime()) ? '' : hhmm(d);
}
export function copy(x) { return x == null ? x : JSON.parse(JSON.stringify(x)); }

function pad16(n) { return (n < 16 ? '0' : '') + n.toString(16); }
// newId is a fresh command id: the hub applies a command once per id.
export function newId() {
  var a = [];
  try {
    var b = new Uint8Array(10);
    window.crypto.getRandomValues(b);
    for (var i = 0; i < b.length; i++) a.push(pad16(b[i]));
  } catch (e) {
    for (var j = 0; j < 10; j++) a.push(pad16(Math.floor(Math.random() * 256)));
  }
  return 'k' + Date.now().toString(36) + '-' + a.join('');
}

export function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}

export function findBy(list, field, v) {
  if (!list) return -1;
  for (var i = 0; i < list.length; i++) if (list[i] && list[i][field] === v) return i;
  return -1;
}
