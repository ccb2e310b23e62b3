/* Moving between screens, asking "Who are you?" before a change, and the
   "Done" page after one. */
import { ui } from './state.js';
import { person } from './words.js';
import { view } from './view.js';
import { render } from './render.js';
import { hideIdle } from './idle.js';
import { chime } from './sound.js';
import { announce } from './dom.js';

export function go(screen) {
  ui.screen = screen;
  render();
}

// goHome ends the visit: back to Home, nobody chosen.
export function goHome() {
  ui.screen = 'home';
  ui.person = null;
  ui.then = null;
  ui.confirm = null;
  ui.raise = null;
  ui.ridePage = 0;
  ui.brief = -1;
  ui.pairHelp = false;
  hideIdle();
  render();
}

// needPerson runs fn once we know who is using the screen.
// why is the short reason shown (with the picture iconName) above the
// faces, so a person who reads little still sees what they are choosing for.
export function needPerson(fn, why, iconName) {
  if (ui.person && person(view(), ui.person)) { fn(); return; }
  ui.then = { fn: fn, back: ui.screen, why: why, icon: iconName };
  go('who');
}

// confirm shows the "Done" page for entry; picture is the HTML of the
// job's or person's picture, shown left of text.
export function confirm(title, text, entry, iconName, back, picture) {
  ui.confirm = { title: title, text: text, entry: entry, at: Date.now(), icon: iconName, back: back, pic: picture || '' };
  chime();
  announce(title + '. ' + text);
  go('confirm');
}
