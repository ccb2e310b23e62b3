/* The time of night: the kiosk's clock (tests can move it), what is on now
   and next, and whether home time is near. */
import { S } from './state.js';
import { hhmm } from './util.js';

export function now() { return new Date(Date.now() + S.clockOffset); }

export function nowAndNext(v, t) {
  var cur = null, next = null, tl = (v && v.timeline) || [];
  for (var i = 0; i < tl.length; i++) {
    if (tl[i].at <= t) { cur = tl[i]; continue; }
    next = tl[i];
    break;
  }
  return { now: cur, next: next };
}

function minutes(t) { var m = /^(\d{1,2}):(\d{2})/.exec(t || ''); return m ? (+m[1]) * 60 + (+m[2]) : null; }

// nearEnd is true once closing up has started, after nine, or an hour
// before the first ride home.
export function nearEnd(v) {
  if (!v) return false;
  var t = hhmm(now());
  var inClose = (v.jobs || []).some(function (j) { return j.phase === 'close' && j.status !== 'todo'; });
  if (inClose || t >= '21:00') return true;
  var rides = v.rides || [];
  if (!rides.length) return false;
  var first = null;
  rides.forEach(function (r) { var m = minutes(r.at); if (m != null && (first == null || m < first)) first = m; });
  return first != null && minutes(t) >= first - 60;
}
