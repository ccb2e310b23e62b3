/* Taps that only move around the screens (no change to the night). */
import { S, ui } from './state.js';
import { view } from './view.js';
import { render } from './render.js';
import { go, goHome } from './navigate.js';
import { hideIdle } from './idle.js';
import { main } from './dom.js';
import { speak, wordsOf } from './readaloud.js';

export var navTaps = {
  home: goHome,
  help: function () {
    if (!S.key || S.paired === false || !view()) { ui.pairHelp = true; render(); return; }
    go('help');
  },
  briefing: function () { ui.brief = -1; go('briefing'); },
  hometime: function () { ui.ridePage = 0; go('hometime'); },
  person: function (id) {
    ui.person = id;
    go('person');
  },
  'person-back': function () { if (ui.person) go('person'); else goHome(); },
  'rides-more': function () { ui.ridePage++; render(); },
  job: function (n) { ui.job = +n; go('job'); },
  'not-me': function () { ui.person = null; render(); },
  // who answers "Who are you?", then does what was waiting for it.
  who: function (id) {
    ui.person = id;
    var t = ui.then;
    ui.then = null;
    if (t && t.fn) t.fn(); else go('person');
  },
  problem: function (id) { ui.problem = id; go('problem'); },
  'brief-next': function () { ui.brief++; render(); },
  'brief-back': function () { ui.brief = Math.max(0, ui.brief - 1); render(); },
  say: function (target) {
    var el = target === 'main' ? main : document.getElementById(target);
    if (el) speak(wordsOf(el));
  },
  'still-here': function () { hideIdle(); S.lastTouch = Date.now(); }
};
