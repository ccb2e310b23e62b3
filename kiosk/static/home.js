/* The Home screen: problems not sorted yet, home time near the end, now and
   next, the jobs of each phase, and the team's pictures. */
import { I } from './icons.js';
import { hhmm, esc } from './util.js';
import { now, nowAndNext, nearEnd } from './clock.js';
import { nameOf, stop, PHASES, PHASE_WORDS } from './words.js';
import { icon } from './pictures.js';
import { btn, hear, head, team, personTiles } from './pieces.js';
import { problemTitle, problemSaid } from './problems.js';
import { homeBoard } from './rides.js';

export function home(v) {
  var t = hhmm(now());
  var nn = nowAndNext(v, t);
  var h = head(v.title || 'Club night');
  var left = '';
  // Problems not sorted yet, in the order they were raised.
  var open = (v.problems || []).filter(function (p) { return p.status !== 'sorted'; });
  if (open.length) {
    left += '<section class="card" id="sec-problems" aria-labelledby="h-problems"><div class="head"><h2 id="h-problems">Problems</h2>' +
      hear('sec-problems') + '</div><ul class="rows">' + open.map(function (p) {
        var helper = p.status === 'claimed' ? stop(nameOf(v, p.claimed_by) + ' is helping') : 'Nobody is helping yet.';
        var rid = 'prob-' + p.id;
        return '<li id="' + esc(rid) + '">' + btn({
          act: 'problem', arg: p.id, testid: 'problem-' + p.id, cls: 'rowbtn',
          html: icon(I.kindIcon(p.kind)) + '<span class="txt"><span class="main">' + esc(problemTitle(p)) + '</span>' +
            problemSaid(p) + '<span class="sub">' + esc(helper) + '</span></span>'
        }) + '</li>';
      }).join('') + '</ul></section>';
  }
  if (nearEnd(v) && (v.rides || []).length) left += homeBoard(v);
  // Now and next, each time as a clock face and digits.
  if (nn.now || nn.next) {
    left += '<section class="card" id="sec-now" aria-labelledby="h-now"><div class="head"><h2 id="h-now">Now and next</h2>' + hear('sec-now') + '</div><ul class="rows">';
    if (nn.now) {
      left += '<li class="tl" id="tl-now" data-testid="timeline-now">' + I.clock(nn.now.at) +
        '<p class="txt"><span class="lbl">Now, from <span class="time">' + esc(nn.now.at) + '</span></span><span class="what">' + esc(nn.now.title) + '</span></p></li>';
    }
    if (nn.next) {
      left += '<li class="tl" id="tl-next" data-testid="timeline-next">' + I.clock(nn.next.at) +
        '<p class="txt"><span class="lbl">Next, at <span class="time">' + esc(nn.next.at) + '</span></span><span class="what">' + esc(nn.next.title) + '</span></p></li>';
    }
    left += '</ul></section>';
  }
  // Jobs by phase, with a bar and words.
  var jobs = v.jobs || [];
  var phaseRows = PHASES.filter(function (ph) { return jobs.some(function (j) { return j.phase === ph; }); });
  if (phaseRows.length) {
    left += '<section class="card" id="sec-jobs" aria-labelledby="h-jobs"><h2 id="h-jobs">Jobs</h2><ul class="rows">' + phaseRows.map(function (ph) {
      var all = jobs.filter(function (j) { return j.phase === ph; });
      var done = all.filter(function (j) { return j.status === 'done'; }).length;
      var pct = Math.round(100 * done / all.length);
      var rid = 'phase-' + ph;
      return '<li id="' + rid + '" data-testid="' + rid + '">' + icon(I.phaseIcon(ph)) +
        '<span class="txt"><span class="main">' + esc(PHASE_WORDS[ph]) + ': ' + done + ' of ' + all.length + ' done</span>' +
        '<span class="meter" aria-hidden="true"><span style="width:' + pct + '%"></span></span></span></li>';
    }).join('') + '</ul></section>';
  }
  // The team: tap your picture.
  var pg = { items: team(v), page: 0, pages: 1 };
  var right = '<section class="card" id="sec-people" aria-labelledby="h-people"><h2 id="h-people">Tap your picture</h2>' +
    personTiles(v, pg, 'person') + '</section>';
  return { title: 'Home', html: h + '<div class="home"><div class="col">' + left + '</div><div class="col">' + right + '</div></div>' };
}
