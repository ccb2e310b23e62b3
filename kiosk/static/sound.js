/* A short two-note chime when something worked or help is coming. */

var audio = null;
export function chime() {
  try {
    var AC = window.AudioContext || window.webkitAudioContext;
    if (!AC) return;
    if (!audio) audio = new AC();
    if (audio.state === 'suspended' && audio.resume) audio.resume();
    var t = audio.currentTime;
    [[660, 0], [880, 0.14]].forEach(function (n) {
      var o = audio.createOscillator(), g = audio.createGain();
      o.type = 'sine';
      o.frequency.value = n[0];
      g.gain.setValueAtTime(0.0001, t + n[1]);
      g.gain.exponentialRampToValueAtTime(0.25, t + n[1] + 0.02);
      g.gain.exponentialRampToValueAtTime(0.0001, t + n[1] + 0.3);
      o.connect(g);
      g.connect(audio.destination);
      o.start(t + n[1]);
      o.stop(t + n[1] + 0.32);
    });
  } catch (e) { /* no sound is fine */ }
}
