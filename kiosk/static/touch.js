/* Never change the screen under a finger: updates wait while it is down
   (render checks S.pointerDown), and every touch or key resets the quiet
   minute. */
import { S } from './state.js';
import { render } from './render.js';

function down() { S.pointerDown = true; S.downAt = S.lastTouch = Date.now(); }
function up() {
  S.pointerDown = false;
  if (S.deferred) setTimeout(render, 0);
}

export function listenForFingers() {
  document.addEventListener('pointerdown', down, true);
  document.addEventListener('touchstart', down, { capture: true, passive: true });
  document.addEventListener('mousedown', down, true);
  ['pointerup', 'pointercancel', 'touchend', 'touchcancel', 'mouseup'].forEach(function (n) {
    document.addEventListener(n, function () { setTimeout(up, 0); }, true);
  });
  document.addEventListener('keydown', function () { S.lastTouch = Date.now(); }, true);
}
