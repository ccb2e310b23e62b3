/* Taps that change the night: each is done in the name of the person using
   the screen, shows at once, and can be undone for a while. */
import { I } from './icons.js';
import { S, ui } from './state.js';
import { saveOutbox } from './store.js';
import { person, KIND_WORDS } from './words.js';
import { view, entity } from './view.js';
import { jobPic, pic } from './pictures.js';
import { act, send, undoEntry } from './outbox.js';
import { render } from './render.js';
import { showFeedback } from './feedback.js';
import { chime } from './sound.js';
import { go, goHome, needPerson, confirm } from './navigate.js';

// raise sends a call for help; its undo key names the command, since the
// problem's id comes only with the hub's event.
function raise(fields) {
  var e = send('raise', fields, { key: { kind: 'raise' } });
  e.meta.key.cmd = e.cmd.id;
  saveOutbox();
  return e;
}

// rideAct changes a ride at home time and says so at the foot of the screen.
function rideAct(type, id, words) {
  needPerson(function () {
    var v = view(), r = entity(v, { kind: 'ride', id: id });
    if (!r) return;
    var e = act(type, { ride: id }, { kind: 'ride', id: id });
    ui.screen = 'hometime';
    chime();
    showFeedback('ok', r.name + words, e);
    render();
  }, 'Home time.', 'taxi');
}

export var changeTaps = {
  done: function () {
    var v = view(), j = entity(v, { kind: 'job', number: ui.job });
    if (!j) return;
    var e = act('done', { job: j.number }, { kind: 'job', number: j.number });
    confirm('Done', j.title + '.', e, 'tick', 'person-back', jobPic(j));
  },
  doing: function () {
    var v = view(), j = entity(v, { kind: 'job', number: ui.job });
    if (!j) return;
    var e = act('doing', { job: j.number }, { kind: 'job', number: j.number });
    confirm('Thank you', 'You are doing: ' + j.title + '.', e, 'doing', 'person-back', jobPic(j));
  },
  'check-in': function () {
    var p = person(view(), ui.person);
    if (!p) return;
    var e = act('check_in', {}, { kind: 'person', id: p.id });
    confirm('Welcome', p.name + ', you are here.', e, 'here', 'person-back', pic(p));
  },
  'check-out': function () {
    var p = person(view(), ui.person);
    if (!p) return;
    var e = act('check_out', {}, { kind: 'person', id: p.id });
    confirm('Goodbye', p.name + ', get home safe.', e, 'going-home', 'home', pic(p));
  },
  undo: function () {
    var c = ui.confirm;
    if (!c || !c.entry) return;
    undoEntry(c.entry);
    c.entry = null;
    showFeedback('info', 'Taken back. Nothing changed.');
    if (ui.person) go('person'); else goHome();
  },
  'undo-feedback': function () {
    if (!S.feedback || !S.feedback.entry) return;
    undoEntry(S.feedback.entry);
    showFeedback('info', 'Taken back. Nothing changed.');
    render();
  },
  kind: function (k) {
    needPerson(function () {
      var e = raise({ kind: k, by: ui.person });
      ui.raise = { cmdId: e.cmd.id, kind: k, at: Date.now(), entry: e };
      chime();
      go('raised');
    }, KIND_WORDS[k] + '.', I.kindIcon(k));
  },
  'undo-raise': function () {
    var r = ui.raise;
    if (!r || !r.entry) return;
    undoEntry(r.entry);
    ui.raise = null;
    showFeedback('info', 'Taken back. We will not ask for help.');
    goHome();
  },
  'wait-with': function (id) {
    needPerson(function () {
      var v = view(), r = entity(v, { kind: 'ride', id: id });
      if (!r) return;
      var e = act('wait_with', { ride: id }, { kind: 'ride', id: id });
      ui.screen = 'hometime';
      chime();
      showFeedback('ok', 'You are waiting with ' + r.name + '. Thank you.', e);
      render();
    }, 'I will wait with them.', 'person');
  },
  claim: function () {
    var pid = ui.problem;
    needPerson(function () {
      var e = act('claim', { problem: pid }, { kind: 'problem', id: pid });
      ui.problem = pid;
      ui.screen = 'problem';
      chime();
      showFeedback('ok', 'Thank you. You are helping.', e);
      render();
    }, 'You will help.', 'here');
  },
  sort: function () {
    var pid = ui.problem;
    needPerson(function () {
      var e = act('sort', { problem: pid }, { kind: 'problem', id: pid });
      chime();
      showFeedback('ok', 'Sorted. Thank you.', e);
      ui.screen = 'home';
      render();
    }, 'The problem is sorted.', 'tick');
  },
  briefed: function () {
    var i = ui.brief;
    needPerson(function () {
      var v = view(), b = v.briefing && v.briefing[i];
      if (!b) return;
      var e = act('briefed', { index: i }, { kind: 'briefing', index: i });
      ui.brief = i;
      ui.screen = 'briefing';
      chime();
      showFeedback('ok', 'Done: ' + b.title + '.', e);
      render();
    }, 'The briefing point is done.', 'briefing');
  },
  'ride-gone': function (id) { rideAct('ride_gone', id, ' has gone home.'); },
  // A late ride is raised as a problem about that ride: the people on
  // duty for home time are texted, as for any problem.
  'ride-late': function (id) {
    needPerson(function () {
      var v = view(), r = entity(v, { kind: 'ride', id: id });
      if (!r) return;
      var e = raise({ kind: 'taxi', ride: id, by: ui.person });
      ui.screen = 'hometime';
      chime();
      showFeedback('late', r.name + "'s ride is late. We are telling the team.", e);
      render();
    }, 'Home time.', 'taxi');
  }
};
