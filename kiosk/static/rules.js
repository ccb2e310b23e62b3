/* The night's rules, as the server worked them out with the hub's own
   Apply (kiosk/rules.go): for each command and each status of its thing,
   what changes. A command the hub would refuse has no rule, so the page
   offers no button for it and never shows it as done. */
import { CFG } from './config.js';

var CHANGES = CFG.changes || {};

// ruleFor is what a command of type does to thing (a job, problem, ride,
// person or briefing point), or null when the hub would refuse it.
function ruleFor(type, thing) {
  var byStatus = CHANGES[type];
  if (!byStatus || !thing) return null;
  return byStatus[thing.status || ''] || null;
}

// can reports whether the hub would take a command of type on thing.
export function can(type, thing) { return !!ruleFor(type, thing); }

// applyRule changes thing as the hub will when by sends a command of type.
export function applyRule(thing, type, by) {
  var r = ruleFor(type, thing);
  if (!r) return;
  var set = r.set || {};
  for (var k in set) if (Object.prototype.hasOwnProperty.call(set, k)) thing[k] = set[k];
  (r.by || []).forEach(function (f) { thing[f] = by; });
  (r.add || []).forEach(function (f) { thing[f] = (thing[f] || []).concat([by]); });
}
