/* Clubnight kiosk: the venue touchscreen. Plain ES modules, no build step;
   the server serves each under a content-hashed name (webasset). This one
   starts the page: the key, the saved outbox and night, the listeners, the
   link to the hub and the clock tick. window.clubnightKiosk is for tests. */
import { I } from './icons.js';
import { S, ui } from './state.js';
import { lsGet, lsSet, lsDel, lsJSON, K_KEY, K_OUT, K_STATE } from './store.js';
import { copy, hhmm } from './util.js';
import { now } from './clock.js';
import { view } from './view.js';
import { render, scheduleRender, currentScreen } from './render.js';
import { bannerEl, main } from './dom.js';
import { dropPhoto } from './pictures.js';
import { wordsOf } from './readaloud.js';
import { connect, lost, online, startHeartbeat } from './connection.js';
import { goHome } from './navigate.js';
import { idleMatters, showIdle, IDLE_MS, WARN_MS } from './idle.js';
import { listenForTaps } from './actions.js';
import { listenForFingers } from './touch.js';
import { wake } from './wake.js';

var ACK_MS = 12000; // a command with no answer this long means a dead link

// tick runs every second: a dead link, the quiet minute, and redraws for
// things that change with time.
function tick() {
  var t = Date.now();
  if (S.connected) S.lastUpdate = now();
  // A command with no answer for a long while means the link is dead.
  if (S.connected && S.ws) {
    for (var i = 0; i < S.outbox.length; i++) {
      var e = S.outbox[i];
      // Give up blaming the link after a few tries, so one unanswered
      // command cannot keep the screen reconnecting for ever.
      if (e.sent > 0 && t - e.sent > ACK_MS && (e.timeouts || 0) < 3) {
        e.timeouts = (e.timeouts || 0) + 1;
        lost(S.ws, false);
        break;
      }
    }
  }
  if (S.idleSince) {
    if (t - S.idleSince > WARN_MS) goHome();
  } else if (idleMatters() && t - S.lastTouch > IDLE_MS) {
    showIdle();
  }
  if (S.deferred) scheduleRender();
  var c = document.querySelector('#clock .time');
  if (c) c.textContent = hhmm(now());
  // Redraw for things that change with time (Undo going, the clock, now and next).
  if (ui.screen === 'confirm' || ui.screen === 'raised' || S.feedback || !bannerEl.hidden || !S.connected || t % 15000 < 1000) scheduleRender();
}

function listen() {
  listenForTaps();
  // A photo that does not load becomes a drawn picture.
  document.addEventListener('error', function (ev) {
    var t = ev.target;
    if (t && t.nodeName === 'IMG') {
      var src = t.getAttribute('src') || '';
      if (t.classList.contains('sym')) {
        var m = /([^\/]+)\.svg$/.exec(src);
        if (m) I.dropSymbol(m[1]); // fall back to our own drawing
      } else {
        dropPhoto(src);
      }
      scheduleRender();
    }
  }, true);
  listenForFingers();
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') { wake(); if (!S.ws && S.key) connect(); }
  });
  window.addEventListener('online', online);
  window.addEventListener('offline', function () { if (S.ws) lost(S.ws, false); });
}

function start() {
  var params = new URLSearchParams(location.search);
  var k = params.get('key');
  if (k) {
    if (k !== lsGet(K_KEY)) { lsDel(K_STATE); }
    lsSet(K_KEY, k);
    params.delete('key');
    var rest = params.toString();
    try { history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash); } catch (e) { /* ignore */ }
  }
  S.key = lsGet(K_KEY);
  var ob = lsJSON(K_OUT);
  S.outbox = Array.isArray(ob) ? ob.filter(function (e) { return e && e.cmd && e.cmd.id; }) : [];
  S.outbox.forEach(function (e) { e.sent = e.sent ? -1 : 0; });
  if (!S.key) {
    S.paired = false;
    render();
    return;
  }
  var cached = lsJSON(K_STATE);
  if (cached && cached.night && typeof cached.night === 'object') {
    S.night = cached.night;
    S.seq = +cached.seq || 0;
    S.epoch = typeof cached.epoch === 'string' ? cached.epoch : '';
    S.lastUpdate = cached.at ? new Date(cached.at) : null;
  }
  render();
  connect();
  wake();
  setInterval(tick, 1000);
}

window.clubnightKiosk = {
  state: function () { return copy(view()); },
  serverState: function () { return copy(S.night); },
  outbox: function () { return S.outbox.map(function (e) { return copy(e.cmd); }); },
  connected: function () { return S.connected; },
  seq: function () { return S.seq; },
  screen: function () { return currentScreen(view()); },
  // setClock("21:30") moves the kiosk's clock, for tests; setClock() puts it back.
  setClock: function (t) {
    S.clockOffset = 0;
    var m = /^(\d{1,2}):(\d{2})$/.exec(t || '');
    if (m) {
      var d = new Date();
      d.setHours(+m[1], +m[2], 0, 0);
      S.clockOffset = d.getTime() - Date.now();
    }
    if (S.connected) S.lastUpdate = now();
    render();
  },
  idleNow: function () { S.lastTouch = 0; tick(); },
  words: function (target) { var el = target ? document.getElementById(target) : main; return el ? wordsOf(el) : ''; }
};

listen();
startHeartbeat();
start();
