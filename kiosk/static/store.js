/* What survives a reload, in localStorage: the key, the outbox and the
   last night seen. Storage that is full or private never stops the screen. */
import { S } from './state.js';
import { copy } from './util.js';

export var K_KEY = 'clubnight.kiosk.key';
export var K_OUT = 'clubnight.kiosk.outbox';
export var K_STATE = 'clubnight.kiosk.state';

export function lsGet(k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } }
export function lsSet(k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* full or private: carry on in memory */ } }
export function lsDel(k) { try { window.localStorage.removeItem(k); } catch (e) { /* ignore */ } }
export function lsJSON(k) { try { var s = lsGet(k); return s ? JSON.parse(s) : null; } catch (e) { return null; } }

export function saveOutbox() { lsSet(K_OUT, JSON.stringify(S.outbox)); }

var saveTimer = null;
// saveState keeps the night for a reload with no Wi-Fi, at most about once
// a second.
export function saveState() {
  if (saveTimer) return;
  saveTimer = setTimeout(function () {
    saveTimer = null;
    if (!S.night) return;
    var s = copy(S.night);
    if (s.activity && s.activity.length > 20) s.activity = s.activity.slice(-20);
    lsSet(K_STATE, JSON.stringify({ night: s, seq: S.seq, epoch: S.epoch, at: S.lastUpdate ? S.lastUpdate.getTime() : Date.now() }));
  }, 800);
}
