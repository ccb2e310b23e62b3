/* Keep the screen on while the kiosk is in use (where the browser can). */

var wakeLock = null;
export function wake() {
  try {
    if (wakeLock || !navigator.wakeLock || document.visibilityState !== 'visible') return;
    navigator.wakeLock.request('screen').then(function (l) {
      wakeLock = l;
      l.addEventListener('release', function () { wakeLock = null; });
    }, function () { /* ignore */ });
  } catch (e) { /* ignore */ }
}
