package browsertest

// OddState, added to a page before it loads, turns every snapshot and
// event the page receives into the oddest state an older hub or a bad
// command could have sent: lists as null or missing. Errors the page throws collect in window.__errors.
const OddState = `
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
(function () {
  var WS = window.WebSocket;
  function odd(d) {
    if (d.type === 'snapshot' && d.night) {
      (d.night.jobs || []).forEach(function (j) { j.who = null; });
      (d.night.people || []).forEach(function (p) { p.roles = null; });
      (d.night.briefing || []).forEach(function (b) { b.who = null; });
      delete d.night.problems;
      d.night.rides = null;
    }
    if (d.type === 'event' && d.job) d.job.who = null;
    return d;
  }
  function Odd(url, protocols) {
    var s = protocols ? new WS(url, protocols) : new WS(url);
    var desc = Object.getOwnPropertyDescriptor(WS.prototype, 'onmessage');
    Object.defineProperty(s, 'onmessage', {
      get: function () { return desc.get.call(s); },
      set: function (fn) {
        desc.set.call(s, function (m) {
          var d;
          try { d = JSON.parse(m.data); } catch (e) { return fn.call(s, m); }
          return fn.call(s, new MessageEvent('message', { data: JSON.stringify(odd(d)) }));
        });
      }
    });
    return s;
  }
  Odd.prototype = WS.prototype;
  Odd.CONNECTING = 0; Odd.OPEN = 1; Odd.CLOSING = 2; Odd.CLOSED = 3;
  window.WebSocket = Odd;
})();
`
