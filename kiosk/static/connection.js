/* The link to the hub: one websocket, resumed with since=seq after a drop,
   a ping when it has been quiet, and the hub's messages (snapshot, event,
   ack, error) applied to the night. A socket that closes without a word may
   mean a bad key: the key check then unpairs the screen. */
import { S, findEntry } from './state.js';
import { saveState, lsDel, K_KEY, K_STATE, K_OUT } from './store.js';
import { WS_PATH, CHECK_URL } from './config.js';
import { findBy } from './util.js';
import { now } from './clock.js';
import { flush, settle } from './outbox.js';
import { render, scheduleRender } from './render.js';
import { showFeedback } from './feedback.js';

var heardOnSocket = false;
var backoff = 500, retryTimer = null;
var lastHeard = 0, HEARTBEAT_MS = 15000, DEAD_MS = 10000;

function wsURL() {
  var proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  var u = proto + '//' + location.host + WS_PATH + '?key=' + encodeURIComponent(S.key);
  if (S.night && S.seq > 0) u += '&since=' + S.seq + (S.epoch ? '&epoch=' + encodeURIComponent(S.epoch) : '');
  return u;
}

export function connect() {
  clearTimeout(retryTimer);
  retryTimer = null;
  if (!S.key || S.ws) return;
  var sock;
  try { sock = new WebSocket(wsURL()); } catch (e) { retry(); return; }
  S.ws = sock;
  heardOnSocket = false;
  sock.onopen = function () {
    if (S.ws !== sock) return;
    lastHeard = Date.now();
    S.connected = true;
    backoff = 500;
    flush();
    scheduleRender();
  };
  sock.onmessage = function (ev) {
    if (S.ws !== sock) return;
    lastHeard = Date.now();
    heardOnSocket = true;
    handle(ev.data);
  };
  sock.onclose = function () {
    if (S.ws !== sock) return;
    lost(sock, !heardOnSocket);
  };
  sock.onerror = function () { /* close follows */ };
}

// online tries again at once when the device says the network is back.
export function online() { if (!S.ws && S.key) { backoff = 500; connect(); } }

// startHeartbeat watches for a link that dies without closing (Wi-Fi gone
// quiet): when nothing has been heard for a while, ask the hub (it answers
// a ping with a pong); when it stays quiet, treat the link as lost.
export function startHeartbeat() {
  setInterval(function () {
    if (!S.ws || !S.connected) return;
    var quiet = Date.now() - lastHeard;
    if (quiet > HEARTBEAT_MS + DEAD_MS) { lost(S.ws, false); return; }
    if (quiet >= HEARTBEAT_MS) { try { S.ws.send('{"type":"ping"}'); } catch (e) { /* close follows */ } }
  }, 5000);
}

// lost forgets the socket at once (a dead link may take minutes to close)
// and tries again; a socket that said nothing may mean a bad key.
export function lost(sock, silent) {
  if (S.ws === sock) S.ws = null;
  try { sock.onopen = sock.onmessage = sock.onclose = null; sock.close(); } catch (e) { /* ignore */ }
  if (S.connected) S.downSince = Date.now();
  S.connected = false;
  S.outbox.forEach(function (e) { e.sent = e.sent ? -1 : 0; }); // -1: sent once, answer unknown
  scheduleRender();
  if (silent) checkKey(); else retry();
}
function retry() {
  clearTimeout(retryTimer);
  var d = Math.round(backoff * (0.8 + Math.random() * 0.4));
  d = Math.max(500, Math.min(5000, d));
  backoff = Math.min(5000, backoff * 2);
  retryTimer = setTimeout(connect, d);
}
function checkKey() {
  if (!window.fetch) { retry(); return; }
  window.fetch(CHECK_URL, { headers: { 'X-Kiosk-Key': S.key }, cache: 'no-store', credentials: 'same-origin' }).then(function (r) {
    if (r.status === 401 || r.status === 403) unpair();
    else retry();
  }, function () { retry(); });
}
function unpair() {
  S.key = null;
  S.paired = false;
  S.night = null;
  S.seq = 0;
  S.outbox = [];
  lsDel(K_KEY); lsDel(K_STATE); lsDel(K_OUT);
  if (S.ws) { var s = S.ws; S.ws = null; try { s.onclose = null; s.close(); } catch (e) { /* ignore */ } }
  S.connected = false;
  render();
}
function reconnectNow() {
  if (S.ws) lost(S.ws, false);
  clearTimeout(retryTimer);
  connect();
}

// handle applies one message from the hub; types it does not know are
// ignored (CONTRACT.md: servers may send others).
function handle(data) {
  var m;
  try { m = JSON.parse(data); } catch (e) { return; }
  if (!m || typeof m !== 'object') return;
  switch (m.type) {
    case 'snapshot':
      if (!m.night || typeof m.night !== 'object') return;
      S.night = scrub(m.night);
      S.seq = +m.seq || +S.night.seq || 0;
      S.epoch = typeof m.epoch === 'string' ? m.epoch : '';
      S.paired = true;
      fresh();
      break;
    case 'event': applyEvent(m); break;
    case 'ack': settle(m.id, null, +m.seq || 0); break;
    case 'error': if (m.id && findEntry(m.id)) settle(m.id, m.message || 'That did not work. Please try again.'); else if (m.message) showFeedback('error', m.message); break;
    default: break;
  }
}
function fresh() {
  S.afterAck = S.afterAck.filter(function (e) { return !e.applied && e.ackSeq > S.seq; });
  S.lastUpdate = now();
  S.paired = true;
  saveState();
  scheduleRender();
}
// scrub drops phone numbers, should a server ever send one: a kiosk never
// shows or stores them.
function scrub(n) {
  if (n && n.people) n.people.forEach(function (p) { if (p) delete p.phone; });
  return n;
}
function upsert(list, field, item) {
  var i = findBy(list, field, item[field]);
  if (i >= 0) list[i] = item; else list.push(item);
}
function applyEvent(ev) {
  var state = S.night;
  if (!state) return;
  var s = +ev.seq;
  if (!(s > 0)) return;
  if (ev.state && typeof ev.state === 'object' && s > S.seq) {
    state = S.night = scrub(ev.state);
  } else {
    if (ev.night && state.id && ev.night !== state.id) { S.night = null; S.seq = 0; reconnectNow(); return; }
    if (s <= S.seq) return;
    if (s > S.seq + 1) { reconnectNow(); return; } // a gap: ask again with since
    if (ev.job) upsert(state.jobs || (state.jobs = []), 'number', ev.job);
    if (ev.problem) upsert(state.problems || (state.problems = []), 'id', ev.problem);
    if (ev.ride) upsert(state.rides || (state.rides = []), 'id', ev.ride);
    if (ev.person) { delete ev.person.phone; upsert(state.people || (state.people = []), 'id', ev.person); }
    if (ev.briefing && typeof ev.index === 'number') {
      state.briefing = state.briefing || [];
      state.briefing[ev.index] = ev.briefing;
    }
    if (ev.activity) {
      state.activity = state.activity || [];
      state.activity.push(ev.activity);
      if (state.activity.length > 50) state.activity = state.activity.slice(-50);
    }
  }
  S.seq = s;
  state.seq = s;
  if (ev.command_id) {
    var e = findEntry(ev.command_id);
    if (e) e.applied = true;
    if (ev.kind === 'raise' && ev.problem) S.raised[ev.command_id] = ev.problem.id;
  }
  fresh();
}
