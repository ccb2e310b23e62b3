/* Commands and the outbox: every change carries a fresh id and waits in
   the outbox (kept in localStorage) until the hub answers ack or error, so
   a tap made with no Wi-Fi is sent once it is back, and applied once. */
import { S, ui, findEntry } from './state.js';
import { saveOutbox } from './store.js';
import { newId, copy } from './util.js';
import { view, entity } from './view.js';
import { scheduleRender } from './render.js';
import { showFeedback } from './feedback.js';

function transmit(e) {
  var ws = S.ws;
  if (!ws || !S.connected || ws.readyState !== 1) return;
  try {
    ws.send(JSON.stringify({ type: 'command', command: e.cmd }));
    e.sent = Date.now();
  } catch (err) { /* the close handler will retry */ }
}
export function flush() {
  S.outbox.forEach(transmit);
  saveOutbox();
}
// send keeps the command in the outbox until the hub answers ack or error;
// its id lets the hub apply it exactly once however often it is sent.
export function send(type, fields, meta) {
  var cmd = { id: newId(), type: type, source: 'kiosk' };
  for (var k in fields) if (Object.prototype.hasOwnProperty.call(fields, k)) cmd[k] = fields[k];
  var e = { cmd: cmd, meta: meta || {}, sent: 0 };
  S.outbox.push(e);
  transmit(e);
  saveOutbox();
  return e;
}
// settle takes the hub's answer to command id: err is its words when it
// was refused, ackSeq the seq of its event when it was applied.
export function settle(id, err, ackSeq) {
  var e = findEntry(id);
  if (!e) return;
  S.outbox.splice(S.outbox.indexOf(e), 1);
  saveOutbox();
  // The ack can come before its event: keep showing the tap until then.
  if (!err && !e.applied && ackSeq > S.seq) { e.ackSeq = ackSeq; S.afterAck.push(e); }
  if (ui.raise && ui.raise.cmdId === id) {
    if (err) ui.raise.error = err; else ui.raise.ackAt = Date.now();
  }
  if (err) {
    if (ui.confirm && ui.confirm.entry === e) ui.confirm.entry = null;
    if (S.feedback && S.feedback.entry === e) S.feedback.entry = null;
    showFeedback('error', err);
  }
  scheduleRender();
}

// undoEntry takes back what entry did: a tap never sent is just dropped;
// otherwise the hub is asked to undo that person's last change.
export function undoEntry(e) {
  if (!e) return;
  var still = findEntry(e.cmd.id);
  if (still && !still.sent) {
    S.outbox.splice(S.outbox.indexOf(still), 1);
    saveOutbox();
  } else {
    send('undo', { by: e.cmd.by }, { undoKey: e.meta.key, before: e.meta.before });
  }
}

// act records a change made by the person using the screen, with what it
// was before for Undo.
export function act(type, fields, k) {
  var v = view();
  fields.by = ui.person;
  var before = k && k.kind !== 'raise' ? copy(entity(v, k)) : null;
  return send(type, fields, { key: k, before: before });
}
