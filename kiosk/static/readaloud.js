/* Read aloud: the words a Hear button says are exactly the words shown. */

var BLOCK = /^(P|DIV|LI|H1|H2|H3|SECTION|UL|BUTTON|BR)$/;
// wordsOf returns exactly the words shown in el, a pause between blocks.
export function wordsOf(el) {
  var parts = [];
  (function walk(n) {
    if (n.nodeType === 3) { parts.push(n.nodeValue); return; }
    if (n.nodeType !== 1) return;
    if (n.hidden || n.nodeName.toLowerCase() === 'svg' || n.nodeName === 'IMG' ||
      (n.classList && (n.classList.contains('nosay') || n.classList.contains('sr-only')))) return;
    var block = BLOCK.test(n.nodeName);
    if (!block) {
      try { block = !/^inline/.test(window.getComputedStyle(n).display); } catch (e) { /* keep inline */ }
    }
    if (block) parts.push('\n');
    for (var c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  })(el);
  return parts.join('').split('\n').map(function (s) { return s.replace(/\s+/g, ' ').trim(); })
    .filter(function (s) { return s; }).map(function (s) { return /[.!?:,…]$/.test(s) ? s : s + '.'; }).join(' ');
}

export function speak(text) {
  if (!text) return;
  if (Array.isArray(window.__speechLog)) window.__speechLog.push({ text: text, lang: 'en-GB' });
  try {
    var ss = window.speechSynthesis;
    if (!ss || !window.SpeechSynthesisUtterance) return;
    ss.cancel();
    var u = new window.SpeechSynthesisUtterance(text);
    u.lang = 'en-GB';
    u.rate = 0.9;
    var voices = [];
    try { voices = ss.getVoices() || []; } catch (e) { voices = []; }
    for (var i = 0; i < voices.length; i++) {
      if (String(voices[i].lang).replace('_', '-').toLowerCase() === 'en-gb') { u.voice = voices[i]; break; }
    }
    ss.speak(u);
  } catch (e) { /* speech failing never breaks the screen */ }
}
