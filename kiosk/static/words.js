/* Words the screens use: kinds of problem, phases of the night, people's
   names in sentences. */
import { CFG } from './config.js';
import { findBy } from './util.js';

// The kinds of problem in the order the hub lists them, and what the hub
// calls each when no words were given (both from night/, via the page).
export var KINDS = CFG.kinds || [];
export var KIND_TEXT = CFG.kindText || {};
// The words on each kind's button.
export var KIND_WORDS = {
  taxi: 'Taxi not here', unwell: 'Feeling ill', spill: 'Spill', music: 'Music stopped',
  lost: 'Lost something', missing: "Can't find someone", upset: 'Someone upset', other: 'Something else'
};
export var PHASES = ['setup', 'briefing', 'during', 'close'];
export var PHASE_WORDS = { setup: 'Set up', briefing: 'Briefing', during: 'Club night', close: 'Closing up' };

export function person(v, id) {
  var i = findBy(v && v.people, 'id', id);
  return i < 0 ? null : v.people[i];
}
export function nameOf(v, id) {
  var p = person(v, id);
  return p ? p.name : (id || 'Someone');
}
export function listWords(names) {
  if (!names.length) return '';
  if (names.length === 1) return names[0];
  return names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
}
export function possessive(name) { return name + "'s"; }
export function stop(s) { s = String(s || '').trim(); return /[.!?]$/.test(s) ? s : s + '.'; }
