/* Every button names an action (data-act) and maybe an argument
   (data-arg); one click listener runs it. */
import { navTaps } from './navtaps.js';
import { changeTaps } from './changetaps.js';
import { wake } from './wake.js';

var actions = {};
[navTaps, changeTaps].forEach(function (t) {
  for (var k in t) if (Object.prototype.hasOwnProperty.call(t, k)) actions[k] = t[k];
});

export function listenForTaps() {
  document.addEventListener('click', function (ev) {
    var t = ev.target && ev.target.closest ? ev.target.closest('[data-act]') : null;
    if (!t) return;
    ev.preventDefault();
    var a = actions[t.getAttribute('data-act')];
    if (a) {
      wake();
      a(t.getAttribute('data-arg'));
    }
  });
}
