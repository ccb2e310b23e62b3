/* The view: the hub's night with this kiosk's own waiting taps laid on top,
   so a tap shows at once even with no Wi-Fi. What a tap changes comes from
   the hub's rules (rules.js), not from here. */
import { S } from './state.js';
import { copy, findBy } from './util.js';
import { KIND_TEXT } from './words.js';
import { applyRule } from './rules.js';

// entity is the job, person, ride, problem or briefing point k names in s.
export function entity(s, k) {
  if (!s || !k) return null;
  var i;
  switch (k.kind) {
    case 'job': i = findBy(s.jobs, 'number', k.number); return i < 0 ? null : s.jobs[i];
    case 'person': i = findBy(s.people, 'id', k.id); return i < 0 ? null : s.people[i];
    case 'ride': i = findBy(s.rides, 'id', k.id); return i < 0 ? null : s.rides[i];
    case 'problem': i = findBy(s.problems, 'id', k.id); return i < 0 ? null : s.problems[i];
    case 'briefing': return (s.briefing && s.briefing[k.index]) || null;
  }
  return null;
}
function putEntity(s, k, v) {
  if (!s || !k || !v) return;
  var i;
  switch (k.kind) {
    case 'job': i = findBy(s.jobs, 'number', k.number); if (i >= 0) s.jobs[i] = v; break;
    case 'person': i = findBy(s.people, 'id', k.id); if (i >= 0) s.people[i] = v; break;
    case 'ride': i = findBy(s.rides, 'id', k.id); if (i >= 0) s.rides[i] = v; break;
    case 'problem': i = findBy(s.problems, 'id', k.id); if (i >= 0) s.problems[i] = v; break;
    case 'briefing': if (s.briefing && s.briefing[k.index]) s.briefing[k.index] = v; break;
  }
}

// thingOf is the thing command c changes, as the command names it. A call
// for help naming a ride changes that ride (it is late).
function thingOf(s, c) {
  switch (c.type) {
    case 'done': case 'doing': return entity(s, { kind: 'job', number: c.job });
    case 'check_in': case 'check_out': return entity(s, { kind: 'person', id: c.by });
    case 'ride_gone': case 'ride_late': return entity(s, { kind: 'ride', id: c.ride });
    case 'raise': return c.ride ? entity(s, { kind: 'ride', id: c.ride }) : null;
    case 'briefed': return entity(s, { kind: 'briefing', index: c.index });
    case 'claim': case 'sort': return entity(s, { kind: 'problem', id: c.problem });
  }
  return null;
}

// view is what the screen shows: the hub's state with this kiosk's own
// waiting taps laid on top, each changed as the hub's rules say.
export function view() {
  if (!S.night) return null;
  var pending = S.afterAck.concat(S.outbox).filter(function (e) { return !e.applied; });
  if (!pending.length) return S.night;
  var s = copy(S.night);
  pending.forEach(function (e) {
    var c = e.cmd, t;
    if (c.type === 'undo') {
      var m = e.meta || {};
      if (m.undoKey && m.undoKey.kind === 'raise') {
        t = entity(s, { kind: 'problem', id: S.raised[m.undoKey.cmd] || ('pending-' + m.undoKey.cmd) });
        if (t) t.status = 'sorted';
      } else if (m.undoKey && m.before) {
        putEntity(s, m.undoKey, copy(m.before));
      }
      return;
    }
    t = thingOf(s, c);
    if (t) applyRule(t, c.type, c.by);
    if (c.type === 'raise' && !S.raised[c.id]) {
      s.problems = (s.problems || []).concat([{ id: 'pending-' + c.id, kind: c.kind, text: KIND_TEXT[c.kind] || 'Someone needs help', raised_by: c.by, status: 'open', pending: true }]);
    }
  });
  return s;
}
