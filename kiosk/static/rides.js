/* Home time: every ride with Gone home, Late and I'll wait, and the short
   board on Home near the end of the night. */
import { I } from './icons.js';
import { ui } from './state.js';
import { esc } from './util.js';
import { nameOf, listWords } from './words.js';
import { icon } from './pictures.js';
import { btn, hear, head, status, paginate, pager } from './pieces.js';
import { can } from './rules.js';

function rideStatus(r) {
  if (r.status === 'gone') return status('', 'Gone home', 'tick');
  if (r.status === 'late') return status('late', 'Late', 'late');
  return status('wait', 'Waiting', 'clock');
}
function rideWords(r) {
  return esc(r.pickup || 'Ride') + (r.note ? ', ' + esc(r.note) : '');
}

// waitingWith names who is waiting with the person, when someone is.
function waitingWith(v, r) {
  var w = r.waiting_with || [];
  if (!w.length || r.status === 'gone') return '';
  return '<span class="sub">' + esc(listWords(w.map(function (id) { return nameOf(v, id); }))) + ' waiting with them.</span>';
}

// homeBoard is the short home-time list on Home near the end of the night.
export function homeBoard(v) {
  var rides = v.rides || [];
  var waiting = rides.filter(function (r) { return r.status !== 'gone'; }).length;
  return '<section class="card" id="sec-home" aria-labelledby="h-home" data-testid="home-board"><div class="head"><h2 id="h-home">Home time</h2>' + hear('sec-home') + '</div><p class="soft">' + waiting + ' of ' + rides.length + ' still waiting.</p><ul class="rows">' +
    rides.map(function (r) {
      var rid = 'board-' + r.id;
      return '<li id="' + esc(rid) + '" class="board-ride' + (r.status === 'late' ? ' is-late' : '') + '">' + icon(I.pickupIcon(r.pickup)) +
        '<span class="txt"><span class="main">' + esc(r.name) + ', <span class="time">' + esc(r.at) + '</span></span>' +
        '<span class="sub">' + rideWords(r) + '</span></span>' + rideStatus(r) + '</li>';
    }).join('') + '</ul><div class="pager">' + btn({ act: 'hometime', testid: 'btn-open-hometime', icon: 'taxi', text: 'Open home time' }) + '</div></section>';
}

export function hometime(v) {
  var rides = v.rides || [];
  var pg = paginate(rides, ui.ridePage, 4);
  ui.ridePage = pg.page;
  var body = rides.length ? '<ul class="rows">' + pg.items.map(function (r) {
    var rid = 'ride-' + r.id;
    var b = '';
    if (can('ride_gone', r)) b += btn({ act: 'ride-gone', arg: r.id, testid: 'btn-gone-' + r.id, icon: 'tick', text: 'Gone home', cls: 'go' });
    if (can('ride_late', r)) b += btn({ act: 'ride-late', arg: r.id, testid: 'btn-late-' + r.id, icon: 'late', text: 'Late' });
    if (can('wait_with', r) && !(ui.person && (r.waiting_with || []).indexOf(ui.person) >= 0)) {
      b += btn({ act: 'wait-with', arg: r.id, testid: 'btn-wait-' + r.id, icon: 'person', text: "I'll wait" });
    }
    return '<li id="' + esc(rid) + '" data-testid="' + esc(rid) + '" class="ride' + (r.status === 'late' ? ' is-late' : '') + '">' + icon(I.pickupIcon(r.pickup)) +
      '<span class="txt"><span class="main">' + esc(r.name) + '</span><span class="sub">' + rideWords(r) + '</span>' + waitingWith(v, r) + '</span>' +
      '<span class="when">' + I.clock(r.at) + '<span class="time">' + esc(r.at) + '</span></span>' + rideStatus(r) +
      '<span class="btns">' + b + hear(rid, 'btn-read-' + rid) + '</span></li>';
  }).join('') + '</ul>' + pager(pg, 'rides-more', 'More') : '<p class="lead">Nobody has a ride home on the list.</p>';
  return { title: 'Home time', html: head('Home time', { pic: icon('taxi') }) + body };
}
