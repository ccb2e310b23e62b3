/* Getting help: "What is wrong?", the page that says who was told, and one
   problem with "I will help" and "It is sorted". */
import { I } from './icons.js';
import { S, ui, findEntry } from './state.js';
import { esc, timeOf } from './util.js';
import { person, nameOf, listWords, stop, KINDS, KIND_WORDS, KIND_TEXT } from './words.js';
import { entity } from './view.js';
import { icon, pic, peopleLine } from './pictures.js';
import { btn, head } from './pieces.js';
import { UNDO_MS } from './feedback.js';
import { chime } from './sound.js';
import { announce } from './dom.js';
import { can } from './rules.js';

// problemTitle is the kind of problem in words: what a person who reads
// little needs first. problemSaid is what was typed or texted, after it.
export function problemTitle(p) { return stop(KIND_TEXT[p.kind] || 'Someone needs help'); }
export function problemSaid(p, cls) {
  var t = String(p.text || '').trim();
  if (!t || t === KIND_TEXT[p.kind] || stop(t) === problemTitle(p)) return '';
  return '<span class="said' + (cls ? ' ' + cls : '') + '">They said: \u201c' + esc(t) + '\u201d</span>';
}

// asking says plainly whose name a call for help goes in, with one tap to
// change it: the last person to tap their picture may have walked away.
function asking(v) {
  var p = ui.person && person(v, ui.person);
  if (!p) return '<p class="lead why">' + icon('person') + '<span>Next, tap your picture.</span></p>';
  return '<div class="asking" data-testid="asking-as">' + pic(p) + '<p class="txt">You are asking as <strong>' + esc(p.name) + '</strong>.</p>' +
    btn({ act: 'not-me', testid: 'btn-not-me', icon: 'person', text: 'I am not ' + p.name }) + '</div>';
}

export function help(v) {
  return {
    title: 'What is wrong?',
    html: head('What is wrong?') + asking(v) + '<div class="grid8">' + KINDS.map(function (k) {
      return btn({ act: 'kind', arg: k, testid: 'problem-kind-' + k, cls: 'kind', html: icon(I.kindIcon(k)) + '<span>' + esc(KIND_WORDS[k]) + '</span>' });
    }).join('') + '</div>'
  };
}

// raised follows a call for help: saved, telling the team, who was told
// (the problem's alerted list), who is coming, sorted.
export function raised(v) {
  var r = ui.raise;
  if (!r) { ui.screen = 'home'; return null; }
  var pid = S.raised[r.cmdId];
  var p = pid ? entity(v, { kind: 'problem', id: pid }) : null;
  var inBox = findEntry(r.cmdId);
  var told = p && p.alerted && p.alerted.length ? 'We told ' + listWords(p.alerted.map(function (id) { return nameOf(v, id); })) + '.' : '';
  var lines = '';
  var msg;
  if (p && p.status === 'sorted') {
    msg = 'Sorted. Thank you.';
  } else if (p && p.status === 'claimed') {
    msg = nameOf(v, p.claimed_by) + ' is coming.';
  } else if (r.error) {
    msg = r.error;
  } else if (told) {
    msg = told;
  } else if (inBox && !S.connected) {
    msg = 'Saved. It will send when the Wi-Fi is back.';
  } else if (!pid && inBox) {
    msg = 'Telling the team now.';
  } else if (Date.now() - (r.ackAt || r.at) > 4000) {
    msg = 'We told the team.';
  } else {
    msg = 'Telling the team now.';
  }
  if (p && p.status !== 'open' && told) {
    lines += '<p class="lead">' + esc(told) + '</p>';
  }
  if (r.lastMsg !== msg) {
    // Say each change out loud for screen readers, and chime when help is coming.
    if (r.lastMsg && p && p.status === 'claimed') chime();
    r.lastMsg = msg;
    announce(msg);
  }
  lines += '<div class="card bigmsg">';
  if (p && p.status === 'claimed') lines += pic(person(v, p.claimed_by) || { id: p.claimed_by, name: p.claimed_by });
  else if (p && p.status === 'sorted') lines += icon('tick');
  lines += '<p id="told" data-testid="told-message">' + esc(msg) + '</p></div>';
  if (inBox && !S.connected) lines += '<p class="lead">Please find a team member now.</p>';
  if (r.kind === 'unwell' || r.kind === 'missing') lines += '<p class="lead"><strong>If it is an emergency call 999.</strong></p>';
  var acts = '';
  if (Date.now() - r.at < UNDO_MS && r.entry && !(p && p.status !== 'open')) acts += btn({ act: 'undo-raise', testid: 'btn-undo', icon: 'undo', text: 'Undo', cls: 'big' });
  acts += btn({ act: 'home', testid: 'btn-ok', icon: 'home', text: 'OK', cls: 'big go' });
  return {
    title: 'Getting help',
    html: head('Getting help', { pic: icon(I.kindIcon(r.kind)) }) + '<p class="lead">' + esc(KIND_WORDS[r.kind] || '') + '.</p>' + lines +
      '<div class="actions">' + acts + '</div>'
  };
}

export function problem(v) {
  var p = entity(v, { kind: 'problem', id: ui.problem });
  if (!p) { ui.screen = 'home'; return null; }
  var body = '<p class="lead">' + esc(nameOf(v, p.raised_by)) + ' asked for help' + (p.raised_at ? ' at <span class="time">' + esc(timeOf(p.raised_at)) + '</span>' : '') + '.</p>';
  var st = p.status === 'sorted' ? 'Sorted.' : p.status === 'claimed' ? nameOf(v, p.claimed_by) + ' is helping.' : 'Nobody is helping yet.';
  body += '<p class="lead" data-testid="problem-status">' + esc(st) + '</p>';
  if (p.status === 'claimed') body += peopleLine(v, [p.claimed_by]);
  var acts = '';
  if (!p.pending) {
    if (can('claim', p)) acts += btn({ act: 'claim', testid: 'btn-claim', icon: 'here', text: 'I will help', cls: 'big go' });
    if (can('sort', p)) acts += btn({ act: 'sort', testid: 'btn-sort', icon: 'tick', text: 'It is sorted', cls: 'big' });
  }
  return { title: 'Problem', html: head(problemTitle(p), { pic: icon(I.kindIcon(p.kind)) }) + problemSaid(p, 'lead') + body + '<div class="actions">' + acts + '</div>' };
}
