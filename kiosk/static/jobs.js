/* A person's jobs, one job, and the "Done" page after a change, with Undo. */
import { ui } from './state.js';
import { esc, findBy } from './util.js';
import { person, nameOf, possessive, PHASE_WORDS } from './words.js';
import { icon, pic, jobPic, peopleLine } from './pictures.js';
import { btn, hear, head } from './pieces.js';
import { UNDO_MS } from './feedback.js';
import { can } from './rules.js';

// A screen whose person or job is gone sends the screen back (ui.screen)
// and returns null: render then draws that one.

export function personScreen(v) {
  var p = person(v, ui.person);
  if (!p) { ui.screen = 'home'; return null; }
  var mine = (v.jobs || []).filter(function (j) { return (j.who || []).indexOf(p.id) >= 0; });
  var h = head(possessive(p.name) + ' jobs tonight', { pic: pic(p) });
  // Not here yet: "I am here" comes first and big. Once here, the jobs are
  // the biggest thing, and going home is a plain button under them.
  var body = '';
  if (!p.checked_in) body += '<div class="actions">' + btn({ act: 'check-in', testid: 'btn-check-in', icon: 'here', text: 'I am here', cls: 'big go' }) + '</div>';
  if (!mine.length) {
    body += '<p class="lead" id="nojobs">You have no jobs tonight. Enjoy the night!</p>';
  } else {
    // Every job on one page: a person who reads little never has to find
    // a "More" button to see the rest.
    body += '<ul class="rows jobs">' + mine.map(function (j) {
      var rid = 'jobrow-' + j.number;
      return '<li id="' + rid + '" class="jobrow">' + btn({
        act: 'job', arg: j.number, testid: 'job-' + j.number, cls: 'rowbtn',
        html: jobPic(j) + '<span class="txt"><span class="main">' + esc(j.title) + '</span><span class="sub">' + jobStatus(v, j) + '</span></span>'
      }) + '</li>';
    }).join('') + '</ul>';
  }
  if (p.checked_in) body += '<div class="actions after">' + btn({ act: 'check-out', testid: 'btn-check-out', icon: 'going-home', text: 'I am going home' }) + '</div>';
  return { title: possessive(p.name) + ' jobs', html: h + body };
}

function jobStatus(v, j) {
  if (j.status === 'done') return '<span class="status">' + icon('tick') + '<span>Done' + (j.done_by ? ' by ' + esc(nameOf(v, j.done_by)) : '') + '</span></span>';
  if (j.status === 'doing') return '<span class="status">' + icon('doing') + '<span>' + esc(nameOf(v, j.started_by)) + ' is doing it</span></span>';
  return '<span class="status">' + icon('todo') + '<span>Not done yet</span></span>';
}

export function job(v) {
  var i = findBy(v.jobs, 'number', ui.job);
  if (i < 0) { ui.screen = 'person'; return null; }
  var j = v.jobs[i];
  var h = head(j.title, { pic: jobPic(j) });
  var body = '<p class="lead">Job ' + j.number + '. ' + esc(PHASE_WORDS[j.phase] || '') + '.</p>';
  if ((j.who || []).length) body += '<p>' + (j.who.length > 1 ? 'People on this job:' : 'Person on this job:') + '</p>' + peopleLine(v, j.who);
  body += '<p class="lead" id="jobstatus">' + jobStatus(v, j) + '</p>';
  var acts = '';
  if (can('done', j)) acts += btn({ act: 'done', testid: 'btn-done', icon: 'tick', text: 'Done', cls: 'big go' });
  if (can('doing', j) && !(j.status === 'doing' && j.started_by === ui.person)) {
    acts += btn({ act: 'doing', testid: 'btn-doing', icon: 'doing', text: 'I am starting it', cls: 'big' });
  }
  acts += btn({ act: 'person-back', testid: 'btn-back', icon: 'back', text: 'My jobs', cls: 'big' });
  return { title: j.title, html: h + body + '<div class="actions">' + acts + '</div>' };
}

export function confirm() {
  var c = ui.confirm || {};
  var canUndo = c.entry && Date.now() - c.at < UNDO_MS;
  var acts = '';
  if (canUndo) acts += btn({ act: 'undo', testid: 'btn-undo', icon: 'undo', text: 'Undo', cls: 'big' });
  acts += btn({ act: c.back || 'person-back', testid: 'btn-ok', icon: 'more', text: 'OK', cls: 'big go' });
  return {
    title: c.title || 'Done',
    html: '<div class="confirm" data-testid="confirm">' + icon(c.icon || 'tick', 'tickbig') +
      '<div class="head"><h1 id="h1" tabindex="-1">' + esc(c.title || 'Done') + '</h1>' + hear('main', 'btn-read-aloud') + '</div>' +
      '<p class="what">' + (c.pic || '') + '<span>' + esc(c.text || '') + '</span></p>' + '<div class="actions">' + acts + '</div></div>'
  };
}
