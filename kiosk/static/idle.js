/* The quiet minute: after a minute with no touch away from Home, "Are you
   still there?"; with no answer, back to the start (nothing is lost). */
import { S, ui } from './state.js';
import { main, topEl, overlayEl, announce } from './dom.js';
import { btn, hear } from './pieces.js';

export var IDLE_MS = 60000; // a quiet minute
export var WARN_MS = 30000; // the warning stays this long (at least 20 s)

export function idleMatters() {
  if (!S.night || S.paired === false) return false;
  return ui.screen !== 'home' || !!ui.person;
}
export function showIdle() {
  S.idleSince = Date.now();
  overlayEl.hidden = false;
  main.setAttribute('aria-hidden', 'true');
  topEl.setAttribute('aria-hidden', 'true');
  overlayEl.innerHTML = '<div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-h" aria-describedby="idle-p" id="idle">' +
    '<h2 id="idle-h">Are you still there?</h2><p id="idle-p">This screen will go back to the start soon. Nothing is lost.</p>' +
    '<div class="actions">' + btn({ act: 'still-here', testid: 'btn-still-here', icon: 'here', text: "I'm still here", cls: 'big go' }) +
    hear('idle', 'btn-read-idle') + '</div></div>';
  var b = overlayEl.querySelector('[data-testid="btn-still-here"]');
  if (b) b.focus();
  announce('Are you still there? Tap I am still here.');
}
export function hideIdle() {
  if (!S.idleSince && overlayEl.hidden) return;
  S.idleSince = 0;
  overlayEl.hidden = true;
  overlayEl.innerHTML = '';
  main.removeAttribute('aria-hidden');
  topEl.removeAttribute('aria-hidden');
}
