/* Drawing: the bar at the top, the current screen, the offline and
   texts-down banner, and the words about what just happened. Everything is
   patched in place, and nothing changes under a finger. */
import { S, ui } from './state.js';
import { hhmm, esc } from './util.js';
import { now } from './clock.js';
import { view } from './view.js';
import { screens } from './screens.js';
import { main, bar, bannerEl, overlayEl, patch } from './dom.js';
import { icon } from './pictures.js';
import { btn, hear } from './pieces.js';
import { renderFeedback } from './feedback.js';

var BANNER_MS = 1200; // do not flash the banner for a blink of a reconnect

function renderBar(v) {
  var s = ui.screen;
  var nav = '';
  if (v) {
    nav += btn({ act: 'home', testid: 'btn-home', icon: 'home', text: 'Home', current: s === 'home' });
    if ((v.briefing || []).length) nav += btn({ act: 'briefing', testid: 'btn-briefing', icon: 'briefing', text: 'Briefing', current: s === 'briefing' });
    if ((v.rides || []).length) nav += btn({ act: 'hometime', testid: 'btn-hometime', icon: 'taxi', text: 'Home time', current: s === 'hometime' });
  }
  return (nav ? '<nav aria-label="Screens">' + nav + '</nav>' : '') +
    '<p class="now" id="clock"><span class="lbl">Time </span><span class="time">' + hhmm(now()) + '</span></p>' +
    btn({ act: 'help', testid: 'btn-help', icon: 'help', text: 'Get help', cls: 'help' });
}

export function currentScreen(v) {
  if (S.paired === false || !S.key) return 'pair';
  if (!v) return 'loading';
  return ui.screen;
}

var lastScreen = null;
export function render() {
  if (S.pointerDown && Date.now() - S.downAt < 1500) { S.deferred = true; return; }
  S.deferred = false;
  var v = view();
  var scr = screens[currentScreen(v)](v);
  // A screen whose thing is gone has pointed ui.screen elsewhere.
  for (var hops = 0; !scr && hops < 4; hops++) scr = screens[currentScreen(v)](v);
  var name = currentScreen(v);
  main.setAttribute('data-screen', name);
  patch(bar, renderBar(name === 'pair' || name === 'loading' ? null : v));
  patch(main, scr.html);
  var title = scr.title + (v && v.title ? ' – ' + v.title : '') + ' – Clubnight';
  if (document.title !== title) document.title = title;
  var sig = name + '|' + (ui.person || '') + '|' + ui.job + '|' + (ui.problem || '');
  // Words about what just happened belong to the screen they first show on.
  if (S.feedback) {
    if (!S.feedback.sig) S.feedback.sig = sig;
    else if (S.feedback.sig !== sig) S.feedback = null;
  }
  if (sig !== lastScreen) {
    lastScreen = sig;
    window.scrollTo(0, 0);
    var h1 = document.getElementById('h1');
    if (h1 && overlayEl.hidden) { try { h1.focus({ preventScroll: true }); } catch (e) { h1.focus(); } }
  }
  renderBanner();
  renderFeedback();
}

var renderQueued = false;
export function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  setTimeout(function () { renderQueued = false; render(); }, 16);
}

function renderBanner() {
  var show = !!S.key && S.paired !== false && !S.connected && Date.now() - S.downSince > BANNER_MS;
  if (!show && S.connected && S.night && S.night.texts_down) {
    // Texts cannot go out (a Twilio outage): people must call instead.
    bannerEl.hidden = false;
    patch(bannerEl, icon('help') + '<p class="txt" id="banner-words" data-testid="texts-down"><span>' +
      esc('Texts are not going out.') + '</span><br><span>' + esc('Please call people instead.') + '</span></p>' +
      hear('banner-words', 'btn-read-banner'));
    return;
  }
  if (!show) { if (!bannerEl.hidden) { bannerEl.hidden = true; bannerEl.innerHTML = ''; } return; }
  // "last updated 19:42" stays on one line on a narrow screen.
  var words = esc('Reconnecting…') + (S.lastUpdate ? ' <span class="nowrap">last updated ' + hhmm(S.lastUpdate) + '</span>' : '');
  var waiting = S.outbox.length;
  var more = waiting ? (waiting === 1 ? '1 tap is saved. It will send when the Wi-Fi is back.' : waiting + ' taps are saved. They will send when the Wi-Fi is back.') :
    'You can still tap. Taps send when the Wi-Fi is back.';
  bannerEl.hidden = false;
  patch(bannerEl, icon('wifi-off') + '<p class="txt" id="banner-words"><span>' + words + '</span>' +
    (more ? '<br><span>' + esc(more) + '</span>' : '') + '</p>' + hear('banner-words', 'btn-read-banner'));
}
