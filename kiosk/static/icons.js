/* Clubnight kiosk pictures: simple line drawings made for Clubnight.
   Each entry is the inside of a 64x64 SVG; lines are light on the dark
   screen, with one colour fill, and words always go beside a picture.
   The drawings sit between BEGIN ICONS and END ICONS: kiosk/assets.go reads
   their names from there to know which symbol pictures to look for. */
import { CFG } from './config.js';
var K = '#0d1117'; // the screen's background, for holes and wheels
var Y = '#ffd54f', B = '#64b5f6', G = '#81c784', P = '#f48fb1',
  V = '#ce93d8', O = '#ffb74d', T = '#4dd0e1', R = '#ef9a9a';
function f(c) { return ' fill="' + c + '"'; }

var D = {
  // BEGIN ICONS
  tables: '<rect x="12" y="22" width="40" height="7" rx="2"' + f(O) + '/><path d="M18 29v19M46 29v19"/><path d="M5 16v32M5 36h8v12"/><path d="M59 16v32M59 36h-8v12"/>',
  lights: '<path d="M32 4v7"/><circle cx="32" cy="25" r="14"' + f(V) + '/><path d="M18 25h28M32 11v28M22 16c6 4 14 4 20 0M22 34c6-4 14-4 20 0"/><path d="M9 52l7-7M55 52l-7-7M32 47v12"/>',
  decks: '<rect x="5" y="13" width="54" height="40" rx="5"/><circle cx="27" cy="33" r="13"' + f(B) + '/><circle cx="27" cy="33" r="3"' + f(K) + '/><path d="M51 19v15l-9 7"/>',
  music: '<path d="M24 46V15l26-7v31M24 23l26-7"/><ellipse cx="17" cy="46" rx="8" ry="6"' + f(B) + '/><ellipse cx="43" cy="40" rx="8" ry="6"' + f(B) + '/>',
  'music-off': '<path d="M24 46V15l26-7v31M24 23l26-7"/><ellipse cx="17" cy="46" rx="8" ry="6"' + f(B) + '/><ellipse cx="43" cy="40" rx="8" ry="6"' + f(B) + '/><path d="M6 6l52 52" stroke="' + R + '" stroke-width="6"/>',
  bar: '<path d="M12 12h24l-4 42H16z"/><path d="M14.5 28h19l-2.2 26H16.7z"' + f(T) + '/><path d="M27 12l6-9h6"/><path d="M40 28h16l-2 26H42z"' + f(O) + '/>',
  door: '<path d="M8 58h48"/><rect x="16" y="6" width="32" height="52" rx="2"' + f(O) + '/><circle cx="40" cy="33" r="3"' + f(K) + '/>',
  signs: '<path d="M32 60V5"/><path d="M12 11h32l8 8-8 8H12z"' + f(G) + '/><path d="M52 33H20l-8 8 8 8h32z"' + f(Y) + '/>',
  briefing: '<path d="M5 10h34v22H19l-9 8v-8H5z"' + f(B) + '/><path d="M25 36h34v18h-5v8l-9-8H25z"' + f(Y) + '/>',
  welcome: '<circle cx="24" cy="15" r="8"' + f(Y) + '/><path d="M9 59V41c0-8 6-13 15-13 5 0 9 2 12 5"/><path d="M39 59V43"/><path d="M36 33l14-17"/><path d="M47 6l3-4M55 11l5-2M53 19l5 1"/>',
  cloakroom: '<path d="M28 12a4 4 0 1 1 4 4v4"/><path d="M32 20L7 33h50z"/><path d="M21 33l-6 8v18h12V45h10v14h12V41l-6-8"' + f(V) + '/>',
  raffle: '<path d="M5 17h54v9a6 6 0 0 0 0 12v9H5v-9a6 6 0 0 0 0-12z"' + f(P) + '/><path d="M42 20v24" stroke="' + K + '" stroke-dasharray="4 4"/><path d="M14 28h20M14 36h14" stroke="' + K + '"/>',
  clean: '<path d="M46 4L30 32"/><path d="M24 29l14 8-7 22H8z"' + f(O) + '/><path d="M16 51l5-11M24 55l5-13" stroke="' + K + '"/>',
  taxi: '<rect x="23" y="8" width="18" height="7" rx="2"' + f(Y) + '/><path d="M11 33l6-14h30l6 14"/><rect x="5" y="33" width="54" height="15" rx="4"' + f(Y) + '/><circle cx="18" cy="49" r="6"' + f(K) + '/><circle cx="46" cy="49" r="6"' + f(K) + '/>',
  car: '<path d="M11 33l6-14h30l6 14"/><rect x="5" y="33" width="54" height="15" rx="4"' + f(B) + '/><circle cx="18" cy="49" r="6"' + f(K) + '/><circle cx="46" cy="49" r="6"' + f(K) + '/>',
  home: '<path d="M14 28v29h36V28L32 12z"' + f(G) + '/><path d="M6 32L32 9l26 23"/><path d="M27 57V41h10v16"' + f(K) + '/>',
  lost: '<path d="M6 18h52v9H6z"' + f(O) + '/><path d="M10 27h44v30H10z"' + f(O) + '/><path d="M26 37a6 6 0 1 1 8 6c-2 1-2 2-2 4M32 52v1" stroke="' + K + '" stroke-width="4"/>',
  clipboard: '<rect x="11" y="9" width="42" height="51" rx="4"/><rect x="22" y="4" width="20" height="10" rx="3"' + f(Y) + '/><path d="M19 29l4 4 7-8M34 29h12M19 45l4 4 7-8M34 45h12"/>',
  unwell: '<circle cx="28" cy="32" r="22"' + f(G) + '/><path d="M18 27h5M33 27h5" stroke="' + K + '"/><path d="M19 43c5-5 13-5 18 0" stroke="' + K + '"/><path d="M48 8v30"/><circle cx="48" cy="44" r="7"' + f(R) + '/>',
  spill: '<path d="M8 23l22-11 8 15-22 11z"' + f(T) + '/><path d="M36 30c4 6 8 8 14 9"/><ellipse cx="42" cy="52" rx="18" ry="7"' + f(T) + '/><path d="M56 24c2 3 3 5 3 7a3 3 0 0 1-6 0c0-2 1-4 3-7z"' + f(T) + '/>',
  missing: '<circle cx="22" cy="16" r="9"' + f(B) + '/><path d="M6 59V43c0-9 7-15 16-15s16 6 16 15v16"/><path d="M42 14a8 8 0 1 1 11 8c-3 1-3 3-3 6M50 37v1" stroke="' + Y + '" stroke-width="5"/>',
  upset: '<circle cx="32" cy="32" r="24"' + f(Y) + '/><path d="M21 27h6M37 27h6" stroke="' + K + '"/><path d="M21 47c6-7 16-7 22 0" stroke="' + K + '"/><path d="M22 32c-2 4-3 6-3 8a3 3 0 0 0 6 0c0-2-1-4-3-8z"' + f(B) + ' stroke="' + K + '" stroke-width="2"/>',
  other: '<circle cx="32" cy="32" r="25"' + f(V) + '/><path d="M23 25a9 9 0 1 1 13 8c-3 2-4 3-4 7M32 48v1" stroke="' + K + '" stroke-width="5"/>',
  help: '<path d="M20 34V14a4 4 0 0 1 8 0v16V9a4 4 0 0 1 8 0v21V12a4 4 0 0 1 8 0v20-12a4 4 0 0 1 8 0v20c0 12-7 20-18 20-8 0-13-4-17-11l-8-13a4 4 0 0 1 7-4z"/>',
  setup: '<path d="M40 6a12 12 0 0 0-11 16L7 44a5 5 0 0 0 7 7l22-22A12 12 0 0 0 52 18l-7 4-5-3-1-6 6-6z"' + f(O) + '/>',
  during: '<path d="M32 3v7"/><circle cx="32" cy="24" r="13"' + f(V) + '/><path d="M19 24h26M32 11v26"/><path d="M8 46l2 5 5 2-5 2-2 5-2-5-5-2 5-2zM54 40l2 5 5 2-5 2-2 5-2-5-5-2 5-2z"' + f(Y) + '/>',
  close: '<path d="M40 8a22 22 0 1 0 16 32A18 18 0 0 1 40 8z"' + f(Y) + '/><path d="M14 14l1 3 3 1-3 1-1 3-1-3-3-1 3-1zM24 6l1 2 2 1-2 1-1 2-1-2-2-1 2-1z"/>',
  speaker: '<path d="M8 24h10l14-12v40L18 40H8z"' + f(B) + '/><path d="M41 23c3 3 3 15 0 18M48 16c7 7 7 25 0 32"/>',
  tick: '<circle cx="32" cy="32" r="26"' + f(G) + '/><path d="M19 33l9 9 18-20" stroke="' + K + '" stroke-width="7"/>',
  undo: '<path d="M20 12L8 24l12 12"/><path d="M8 24h30a16 16 0 0 1 0 32H22"/>',
  more: '<path d="M8 32h44M36 16l16 16-16 16"/>',
  back: '<path d="M56 32H12M28 16L12 32l16 16"/>',
  here: '<circle cx="24" cy="15" r="9"' + f(B) + '/><path d="M7 59V44c0-9 7-15 17-15 5 0 10 2 13 5"/><path d="M36 48l7 7 14-16" stroke="' + G + '" stroke-width="6"/>',
  'going-home': '<path d="M34 58V6h22v52"/><circle cx="17" cy="12" r="6"' + f(B) + '/><path d="M17 20l-4 16 8 8v14M13 36l-6 22M15 25l-9 6M17 24l8 6h10"/>',
  'wifi-off': '<path d="M6 24a38 38 0 0 1 52 0M14 33a26 26 0 0 1 36 0M22 42a14 14 0 0 1 20 0"/><circle cx="32" cy="52" r="4"' + f('#f4f6f8') + '/><path d="M8 8l48 48" stroke="' + R + '" stroke-width="6"/>',
  late: '<circle cx="28" cy="34" r="22"' + f(O) + '/><path d="M28 20v15l9 6" stroke="' + K + '"/><path d="M56 8v28M56 46v2" stroke="' + R + '" stroke-width="6"/>',
  clock: '<circle cx="32" cy="32" r="26"/><path d="M32 16v17l11 7"/>',
  walk: '<circle cx="34" cy="9" r="6"' + f(B) + '/><path d="M33 17l-5 19 9 8 2 16M28 36l-8 24M30 22l-11 8v9M33 22l10 9h9"/>',
  parent: '<circle cx="20" cy="12" r="8"' + f(B) + '/><path d="M5 59V39c0-9 7-14 15-14s15 5 15 14v20"/><circle cx="46" cy="27" r="6"' + f(Y) + '/><path d="M36 59V48c0-7 5-11 10-11s10 4 10 11v11"/>',
  doing: '<path d="M14 6h36M14 58h36M18 6c0 14 14 18 14 26S18 44 18 58M46 6c0 14-14 18-14 26s14 12 14 26"/><path d="M22 52c3-6 7-8 10-8s7 2 10 8z"' + f(O) + '/>',
  todo: '<circle cx="32" cy="32" r="24"/>',
  person: '<circle cx="32" cy="18" r="11"' + f(B) + '/><path d="M10 60V46c0-11 9-17 22-17s22 6 22 17v14"/>',
  link: '<rect x="8" y="8" width="34" height="48" rx="5"/><path d="M18 48h14"/><path d="M36 30h22M48 20l10 10-10 10"' + ' stroke="' + Y + '"/>'
  // END ICONS
};

var cfg = CFG;
var sym = {};
(cfg.symbols || []).forEach(function (n) { sym[n] = true; });
var symBase = cfg.symbolsBase || '/kiosk/symbols/';

// icon returns the picture for name: the organisation's symbol when it
// gave one, else Clubnight's own drawing.
function icon(name, cls) {
  if (!D[name]) name = 'clipboard';
  var c = 'ic' + (cls ? ' ' + cls : '');
  if (sym[name]) {
    return '<img class="' + c + ' sym" src="' + symBase + name + '.svg" alt="" aria-hidden="true">';
  }
  return '<svg class="' + c + '" viewBox="0 0 64 64" aria-hidden="true" focusable="false">' +
    '<g fill="none" stroke="#f4f6f8" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round">' +
    D[name] + '</g></svg>';
}

// Pictures for job titles, tried in order: the first that matches wins.
var JOBS = [
  [/\b(clean|tidy|sweep|broom|rubbish|bins?|hoover|mop|wash)/, 'clean'],
  [/\blost\b/, 'lost'],
  [/\b(taxi|taxis|cab|cabs)\b/, 'taxi'],
  [/\b(home|car|cars|ride|rides|lift|lifts|transport)\b/, 'home'],
  [/\b(brief|briefing|talk|meeting|speech)\b/, 'briefing'],
  [/\b(welcome|greet|hello|host)/, 'welcome'],
  [/\b(cloak|cloakroom|coats?|jackets?)\b/, 'cloakroom'],
  [/\b(raffle|tickets?|prizes?|tombola|bingo)\b/, 'raffle'],
  [/\b(lights?|disco|laser|lamps?)\b/, 'lights'],
  [/\b(decks?|turntables?|mixer)\b/, 'decks'],
  [/\b(dj|djs|music|songs?|playlist|sound|speakers?|dance|karaoke)\b/, 'music'],
  [/\b(bar|drinks?|tea|coffee|juice|snacks?|food|cakes?|kitchen)\b/, 'bar'],
  [/\b(door|doors|wristbands?|entry|stamps?|money|till)\b/, 'door'],
  [/\b(signs?|posters?|banners?|decorations?)\b/, 'signs'],
  [/\b(tables?|chairs?|seats?|seating)\b/, 'tables']
];
function jobIcon(job) {
  var s = ((job && job.title) || '') + ' ' + ((job && job.id) || '');
  s = s.toLowerCase();
  for (var i = 0; i < JOBS.length; i++) {
    if (JOBS[i][0].test(s)) return JOBS[i][1];
  }
  return 'clipboard';
}

var KINDS = { taxi: 'taxi', unwell: 'unwell', spill: 'spill', music: 'music-off', lost: 'lost', missing: 'missing', upset: 'upset', other: 'other' };
function kindIcon(kind) { return KINDS[kind] || 'other'; }

var PHASES = { setup: 'setup', briefing: 'briefing', during: 'during', close: 'close' };
function phaseIcon(phase) { return PHASES[phase] || 'clipboard'; }

function pickupIcon(pickup) {
  var s = (pickup || '').toLowerCase();
  if (/\b(taxi|cab)\b/.test(s)) return 'taxi';
  if (/\bwalk/.test(s)) return 'walk';
  if (/\b(parent|mum|dad|family|carer|support|worker|staff|friend)/.test(s)) return 'parent';
  return 'car';
}

// Light colours that dark letters read well on (at least 7:1).
var AVATAR = ['#ffd54f', '#81c784', '#64b5f6', '#f48fb1', '#ce93d8', '#ffb74d', '#4dd0e1', '#e6ee9c', '#bcaaa4', '#90caf9'];
function hash(s) {
  var h = 5381;
  for (var i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) >>> 0;
  return h;
}
function avatar(id, name, cls) {
  var c = AVATAR[hash(String(id || name || '?')) % AVATAR.length];
  var initial = String(name || id || '?').trim().charAt(0).toUpperCase() || '?';
  initial = initial.replace(/[&<>"']/g, '');
  return '<svg class="av' + (cls ? ' ' + cls : '') + '" viewBox="0 0 64 64" aria-hidden="true" focusable="false">' +
    '<circle cx="32" cy="32" r="30" fill="' + c + '" stroke="#f4f6f8" stroke-width="2"/>' +
    '<text x="32" y="33" text-anchor="middle" dominant-baseline="central" font-family="system-ui, Arial, sans-serif" font-size="32" font-weight="700" fill="#111111">' +
    initial + '</text></svg>';
}

// clock draws an analogue clock face showing hh:mm.
function clock(hhmm, cls) {
  var m = /^(\d{1,2}):(\d{2})/.exec(hhmm || '');
  var h = m ? +m[1] : 0, mi = m ? +m[2] : 0;
  var ticks = '';
  for (var i = 0; i < 12; i++) {
    var a = i * Math.PI / 6;
    var r1 = i % 3 === 0 ? 22 : 25;
    ticks += 'M' + (32 + r1 * Math.sin(a)).toFixed(1) + ' ' + (32 - r1 * Math.cos(a)).toFixed(1) +
      'L' + (32 + 28 * Math.sin(a)).toFixed(1) + ' ' + (32 - 28 * Math.cos(a)).toFixed(1);
  }
  var ha = ((h % 12) + mi / 60) * Math.PI / 6, ma = mi * Math.PI / 30;
  return '<svg class="clock' + (cls ? ' ' + cls : '') + '" viewBox="0 0 64 64" aria-hidden="true" focusable="false">' +
    '<circle cx="32" cy="32" r="30" fill="#f4f6f8"/>' +
    '<path d="' + ticks + '" stroke="#0d1117" stroke-width="2.5" stroke-linecap="round"/>' +
    '<path d="M32 32L' + (32 + 15 * Math.sin(ha)).toFixed(1) + ' ' + (32 - 15 * Math.cos(ha)).toFixed(1) + '" stroke="#0d1117" stroke-width="5" stroke-linecap="round"/>' +
    '<path d="M32 32L' + (32 + 23 * Math.sin(ma)).toFixed(1) + ' ' + (32 - 23 * Math.cos(ma)).toFixed(1) + '" stroke="#1565c0" stroke-width="3.5" stroke-linecap="round"/>' +
    '<circle cx="32" cy="32" r="3.5" fill="#0d1117"/></svg>';
}

export var I = {
  icon: icon, jobIcon: jobIcon, kindIcon: kindIcon, phaseIcon: phaseIcon,
  pickupIcon: pickupIcon, avatar: avatar, clock: clock,
  names: function () { return Object.keys(D); },
  hasSymbol: function (n) { return !!sym[n]; },
  dropSymbol: function (n) { delete sym[n]; }
};
