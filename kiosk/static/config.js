/* What the server put in the page (kiosk/kiosk.go pageConfig): where the
   websocket and the key check are, which symbol pictures exist, and the
   night's rules the screen needs, worked out in Go. */

function read() {
  try { return JSON.parse(document.getElementById('kiosk-config').textContent) || {}; } catch (e) { return {}; }
}

export var CFG = read();
export var WS_PATH = CFG.ws || '/ws';
export var CHECK_URL = CFG.checkURL || '/kiosk/api/check';
