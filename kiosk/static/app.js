/* Clubnight kiosk: the venue touchscreen.
   Plain ES2017 for older tablet browsers: no modules, no optional chaining,
   no "??", no build step. One file: connection and outbox, state, screens. */
(function () {
  'use strict';

  var I = window.ClubnightIcons;
  var CFG = {};
  try { CFG = JSON.parse(document.getElementById('kiosk-config').textContent) || {}; } catch (e) { CFG = {}; }
  var WS_PATH = CFG.ws || '/ws';
  var CHECK_URL = CFG.checkURL || '/kiosk/api/check';

  var K_KEY = 'clubnight.kiosk.key';
  var K_OUT = 'clubnight.kiosk.outbox';
  var K_STATE = 'clubnight.kiosk.state';

  var UNDO_MS = 30000;     // how long Undo stays
  var IDLE_MS = 60000;     // a quiet minute
  var WARN_MS = 30000;     // the "I'm still here" warning stays this long (at least 20 s)
  var ACK_MS = 12000;      // a command with no answer this long means a dead link
  var BANNER_MS = 1200;    // do not flash the banner for a blink of a reconnect

  // ---------------------------------------------------------------- storage

  function lsGet(k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } }
  function lsSet(k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* full or private: carry on in memory */ } }
  function lsDel(k) { try { window.localStorage.removeItem(k); } catch (e) { /* ignore */ } }
  function lsJSON(k) { try { var s = lsGet(k); return s ? JSON.parse(s) : null; } catch (e) { return null; } }

  // ---------------------------------------------------------------- model

  var key = null;          // the kiosk key
  var paired = null;       // null: not known yet; true; false
  var state = null;        // the night, as the hub sent it
  var seq = 0;
  var epoch = ''; // names the history seq counts in; from the snapshot
  var outbox = [];         // [{cmd, meta, sent}]
  var afterAck = [];       // answered taps whose event has not come yet: still shown
  var told = {};           // problem id -> [names]
  var raised = {};         // raise command id -> problem id
  var ws = null, connected = false, heardOnSocket = false;
  var backoff = 500, retryTimer = null;
  var downSince = Date.now();
  var lastUpdate = null;   // Date the night was last known to be up to date
  var clockOffset = 0;     // tests can move the clock

  var ui = {
    screen: 'home',
    person: null,          // who is using the screen in this visit
    ridePage: 0,
    job: 0, problem: null, brief: -1,
    then: null,            // what to do once "Who are you?" is answered
    confirm: null,         // {title, text, entry, at, icon}
    raise: null,           // {cmdId, kind, at, by}
    pairHelp: false
  };
  var feedback = null;     // {kind, text, entry, until}
  var lastScreen = null;

  function now() { return new Date(Date.now() + clockOffset); }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function hhmm(d) { return pad(d.getHours()) + ':' + pad(d.getMinutes()); }
  function timeOf(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    return isNaN(d.getTime()) ? '' : hhmm(d);
  }
  function copy(x) { return x == null ? x : JSON.parse(JSON.stringify(x)); }
  function newId() {
    var a = [];
    try {
      var b = new Uint8Array(10);
      window.crypto.getRandomValues(b);
      for (var i = 0; i < b.length; i++) a.push(pad16(b[i]));
    } catch (e) {
      for (var j = 0; j < 10; j++) a.push(pad16(Math.floor(Math.random() * 256)));
    }
    return 'k' + Date.now().toString(36) + '-' + a.join('');
  }
  function pad16(n) { return (n < 16 ? '0' : '') + n.toString(16); }

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function saveOutbox() { lsSet(K_OUT, JSON.stringify(outbox)); }
  var saveTimer = null;
  function saveState() {
    if (saveTimer) return;
    saveTimer = setTimeout(function () {
      saveTimer = null;
      if (!state) return;
      var s = copy(state);
      if (s.activity && s.activity.length > 20) s.activity = s.activity.slice(-20);
      lsSet(K_STATE, JSON.stringify({ night: s, seq: seq, at: lastUpdate ? lastUpdate.getTime() : Date.now() }));
    }, 800);
  }

  // ---------------------------------------------------------------- the view: state plus taps not yet confirmed

  function findBy(list, field, v) {
    if (!list) return -1;
    for (var i = 0; i < list.length; i++) if (list[i] && list[i][field] === v) return i;
    return -1;
  }
  function entity(s, k) {
    if (!s || !k) return null;
    var i;
    switch (k.kind) {
      case 'job': i = findBy(s.jobs, 'number', k.number); return i < 0 ? null : s.jobs[i];
      case 'person': i = findBy(s.people, 'id', k.id); return i < 0 ? null : s.people[i];
      case 'ride': i = findBy(s.rides, 'id', k.id); return i < 0 ? null : s.rides[i];
      case 'problem': i = findBy(s.problems, 'id', k.id); return i < 0 ? null : s.problems[i];
      case 'briefing': return (s.briefing && s.briefing[k.index]) || null;
    }
    return null;
  }
  function putEntity(s, k, v) {
    if (!s || !k || !v) return;
    var i;
    switch (k.kind) {
      case 'job': i = findBy(s.jobs, 'number', k.number); if (i >= 0) s.jobs[i] = v; break;
      case 'person': i = findBy(s.people, 'id', k.id); if (i >= 0) s.people[i] = v; break;
      case 'ride': i = findBy(s.rides, 'id', k.id); if (i >= 0) s.rides[i] = v; break;
      case 'problem': i = findBy(s.problems, 'id', k.id); if (i >= 0) s.problems[i] = v; break;
      case 'briefing': if (s.briefing && s.briefing[k.index]) s.briefing[k.index] = v; break;
    }
  }

  // view is what the screen shows: the hub's state with this kiosk's own
  // waiting taps laid on top, so a tap shows at once even with no Wi-Fi.
  function view() {
    if (!state) return null;
    var pending = afterAck.concat(outbox).filter(function (e) { return !e.applied; });
    if (!pending.length) return state;
    var s = copy(state);
    pending.forEach(function (e) {
      var c = e.cmd, t;
      switch (c.type) {
        case 'done': t = entity(s, { kind: 'job', number: c.job }); if (t) { t.status = 'done'; t.done_by = c.by; } break;
        case 'doing': t = entity(s, { kind: 'job', number: c.job }); if (t && t.status !== 'done') { t.status = 'doing'; t.started_by = c.by; } break;
        case 'check_in': t = entity(s, { kind: 'person', id: c.by }); if (t) t.checked_in = true; break;
        case 'check_out': t = entity(s, { kind: 'person', id: c.by }); if (t) t.checked_in = false; break;
        case 'ride_gone': t = entity(s, { kind: 'ride', id: c.ride }); if (t) t.status = 'gone'; break;
        case 'ride_late': t = entity(s, { kind: 'ride', id: c.ride }); if (t && t.status === 'waiting') t.status = 'late'; break;
        case 'briefed': t = entity(s, { kind: 'briefing', index: c.index }); if (t) { t.delivered = true; t.delivered_by = c.by; } break;
        case 'claim': t = entity(s, { kind: 'problem', id: c.problem }); if (t && t.status === 'open') { t.status = 'claimed'; t.claimed_by = c.by; } break;
        case 'sort': t = entity(s, { kind: 'problem', id: c.problem }); if (t) { t.status = 'sorted'; if (!t.claimed_by) t.claimed_by = c.by; } break;
        case 'raise':
          if (c.ride) { t = entity(s, { kind: 'ride', id: c.ride }); if (t && t.status === 'waiting') t.status = 'late'; }
          if (!raised[c.id]) {
            s.problems = (s.problems || []).concat([{ id: 'pending-' + c.id, kind: c.kind, text: KIND_TEXT[c.kind] || 'Someone needs help', raised_by: c.by, status: 'open', pending: true }]);
          }
          break;
        case 'undo':
          var m = e.meta || {};
          if (m.undoKey && m.undoKey.kind === 'raise') {
            t = entity(s, { kind: 'problem', id: raised[m.undoKey.cmd] || ('pending-' + m.undoKey.cmd) });
            if (t) t.status = 'sorted';
          } else if (m.undoKey && m.before) {
            putEntity(s, m.undoKey, copy(m.before));
          }
          break;
      }
    });
    return s;
  }

  // ---------------------------------------------------------------- words

  var KINDS = ['taxi', 'unwell', 'spill', 'music', 'lost', 'missing', 'upset', 'other'];
  var KIND_WORDS = {
    taxi: 'Taxi not here', unwell: 'Feeling ill', spill: 'Spill', music: 'Music stopped',
    lost: 'Lost something', missing: "Can't find someone", upset: 'Someone upset', other: 'Something else'
  };
  // What the hub itself calls each kind when no words were given.
  var KIND_TEXT = {
    taxi: 'A taxi is not here', unwell: 'Someone feels ill', spill: 'Something is spilt',
    music: 'The music stopped', lost: 'Something is lost', missing: 'We cannot find someone',
    upset: 'Someone is upset', other: 'Someone needs help'
  };
  var PHASES = ['setup', 'briefing', 'during', 'close'];
  var PHASE_WORDS = { setup: 'Set up', briefing: 'Briefing', during: 'Club night', close: 'Closing up' };

  function person(v, id) {
    var i = findBy(v && v.people, 'id', id);
    return i < 0 ? null : v.people[i];
  }
  function nameOf(v, id) {
    var p = person(v, id);
    return p ? p.name : (id || 'Someone');
  }
  function listWords(names) {
    if (!names.length) return '';
    if (names.length === 1) return names[0];
    return names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
  }
  function possessive(name) { return name + "'s"; }
  function stop(s) { s = String(s || '').trim(); return /[.!?]$/.test(s) ? s : s + '.'; }

  // ---------------------------------------------------------------- pictures

  function icon(name, cls) { return I.icon(name, cls); }
  var badPhotos = {};
  function isURL(s) { return typeof s === 'string' && /^(https?:\/\/|\/|data:image\/)[^\s"'<>]+$/.test(s); }
  function pic(p, cls) {
    if (!p) return I.avatar('?', '?', cls);
    if (isURL(p.photo) && !badPhotos[p.photo]) {
      return '<img class="photo' + (cls ? ' ' + cls : '') + '" src="' + esc(p.photo) + '" alt="" referrerpolicy="no-referrer">';
    }
    return I.avatar(p.id, p.name, cls);
  }
  function jobPic(j, cls) {
    if (j && isURL(j.photo) && !badPhotos[j.photo]) {
      return '<img class="photo ic' + (cls ? ' ' + cls : '') + '" src="' + esc(j.photo) + '" alt="" referrerpolicy="no-referrer">';
    }
    return icon(I.jobIcon(j), cls);
  }
  function peopleLine(v, ids) {
    return '<div class="who">' + (ids || []).map(function (id) {
      var p = person(v, id) || { id: id, name: id };
      return '<span class="person">' + pic(p) + '<span>' + esc(p.name) + '</span></span>';
    }).join('') + '</div>';
  }

  // ---------------------------------------------------------------- small pieces of screen

  function btn(o) {
    // o: {act, arg, testid, icon, text, cls, html, label}
    return '<button type="button" class="btn' + (o.cls ? ' ' + o.cls : '') + '" data-act="' + o.act + '"' +
      (o.arg != null ? ' data-arg="' + esc(o.arg) + '"' : '') +
      (o.testid ? ' data-testid="' + esc(o.testid) + '"' : '') +
      (o.current ? ' aria-current="page"' : '') + '>' +
      (o.html != null ? o.html : (o.icon ? icon(o.icon) : '') + '<span>' + esc(o.text) + '</span>') + '</button>';
  }
  // hear is the read-aloud button for the element with id target.
  function hear(target, testid) {
    return '<button type="button" class="btn hear nosay" data-act="say" data-arg="' + esc(target) + '"' +
      ' data-testid="' + esc(testid || ('btn-read-' + target)) + '" aria-label="Hear this read aloud">' +
      icon('speaker') + '<span>Hear</span></button>';
  }
  function head(title, opts) {
    opts = opts || {};
    return '<div class="head">' + (opts.pic || '') +
      '<h1 id="h1" tabindex="-1">' + esc(title) + '</h1>' +
      (opts.extra || '') + hear('main', 'btn-read-aloud') + '</div>';
  }
  function status(kind, text, iconName) {
    return '<span class="badge ' + kind + '">' + icon(iconName) + '<span>' + esc(text) + '</span></span>';
  }
  function paginate(list, page, per) {
    // At most five main choices: up to five fit, else pages of per with "More".
    if (list.length <= per + 1) return { items: list, page: 0, pages: 1 };
    var pages = Math.ceil(list.length / per);
    page = ((page % pages) + pages) % pages;
    return { items: list.slice(page * per, page * per + per), page: page, pages: pages };
  }
  function pager(pg, act, words) {
    if (pg.pages <= 1) return '';
    return '<div class="pager">' + btn({ act: act, testid: 'btn-more', icon: 'more', text: words, cls: 'more' }) +
      '<span class="soft">Page ' + (pg.page + 1) + ' of ' + pg.pages + '</span></div>';
  }
  // team is everyone, in alphabetical order of name: the order never
  // changes when someone checks in, so a picture stays where it was found.
  function team(v) {
    return (v.people || []).slice().sort(function (a, b) {
      var x = String(a.name || '').toLowerCase(), y = String(b.name || '').toLowerCase();
      return x < y ? -1 : x > y ? 1 : (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
  }
  // sameNames is the set of first names two or more people share, so their
  // tiles can show more than the name (see tileName).
  function sameNames(list) {
    var seen = {}, dup = {};
    list.forEach(function (p) { var n = String(p.name || '').toLowerCase(); if (seen[n]) dup[n] = true; seen[n] = true; });
    return dup;
  }
  // personTiles lays out the whole team on one screen: the tiles get smaller
  // as the team grows, instead of hiding people on other pages.
  function personTiles(v, pg, act) {
    var n = pg.items.length;
    var size = n <= 6 ? '' : n <= 12 ? ' tiles-m' : ' tiles-s';
    var dup = sameNames(pg.items);
    return '<div class="tiles' + size + '">' + pg.items.map(function (p) {
      var extra = dup[String(p.name || '').toLowerCase()] ? '<span class="sub">' + esc(p.id) + '</span>' : '';
      return btn({
        act: act, arg: p.id, testid: 'person-' + p.id, cls: 'tile',
        html: pic(p) + '<span class="name">' + esc(p.name) + extra + '</span>' +
          '<span class="slot">' + (p.checked_in ? status('', 'Here', 'tick') : '') + '</span>'
      });
    }).join('') + '</div>';
  }

  // ---------------------------------------------------------------- time of night

  function nowAndNext(v, t) {
    var cur = null, next = null, tl = (v && v.timeline) || [];
    for (var i = 0; i < tl.length; i++) {
      if (tl[i].at <= t) { cur = tl[i]; continue; }
      next = tl[i];
      break;
    }
    return { now: cur, next: next };
  }
  function minutes(t) { var m = /^(\d{1,2}):(\d{2})/.exec(t || ''); return m ? (+m[1]) * 60 + (+m[2]) : null; }
  function nearEnd(v) {
    if (!v) return false;
    var t = hhmm(now());
    var inClose = (v.jobs || []).some(function (j) { return j.phase === 'close' && j.status !== 'todo'; });
    if (inClose || t >= '21:00') return true;
    var rides = v.rides || [];
    if (!rides.length) return false;
    var first = null;
    rides.forEach(function (r) { var m = minutes(r.at); if (m != null && (first == null || m < first)) first = m; });
    return first != null && minutes(t) >= first - 60;
  }

  // ---------------------------------------------------------------- screens

  var screens = {};

  function cannotHelp() {
    return {
      title: 'Get help', html: '<div class="pair" data-testid="find-someone">' + icon('help') +
        '<h1 id="h1" tabindex="-1">Please find a team member.</h1>' +
        '<p>This screen cannot send for help yet.</p>' +
        '<div class="actions" style="justify-content:center">' + hear('main', 'btn-read-aloud') +
        btn({ act: 'home', testid: 'btn-back', icon: 'back', text: 'Back', cls: 'big' }) + '</div></div>'
    };
  }

  screens.pair = function () {
    if (ui.pairHelp) return cannotHelp();
    return {
      title: 'Not paired',
      html: '<div class="pair" data-testid="pairing">' + icon('link') +
        '<h1 id="h1" tabindex="-1">This screen is not paired yet.</h1>' +
        '<p>Open the link from the dashboard or the start-up message.</p>' +
        hear('main', 'btn-read-aloud') + '</div>'
    };
  };

  screens.loading = function () {
    if (ui.pairHelp) return cannotHelp();
    return {
      title: 'Starting',
      html: '<div class="pair">' + icon('clock') + '<h1 id="h1" tabindex="-1">Getting the night ready.</h1>' +
        '<p>Please wait a moment.</p>' + hear('main', 'btn-read-aloud') + '</div>'
    };
  };

  screens.home = function (v) {
    var t = hhmm(now());
    var nn = nowAndNext(v, t);
    var h = head(v.title || 'Club night');
    var left = '';
    // Problems not sorted yet, in the order they were raised.
    var open = (v.problems || []).filter(function (p) { return p.status !== 'sorted'; });
    if (open.length) {
      left += '<section class="card" id="sec-problems" aria-labelledby="h-problems"><div class="head"><h2 id="h-problems">Problems</h2>' +
        hear('sec-problems') + '</div><ul class="rows">' + open.map(function (p) {
          var helper = p.status === 'claimed' ? stop(nameOf(v, p.claimed_by) + ' is helping') : 'Nobody is helping yet.';
          var rid = 'prob-' + p.id;
          return '<li id="' + esc(rid) + '">' + btn({
            act: 'problem', arg: p.id, testid: 'problem-' + p.id, cls: 'rowbtn',
            html: icon(I.kindIcon(p.kind)) + '<span class="txt"><span class="main">' + esc(problemTitle(p)) + '</span>' +
              problemSaid(p) + '<span class="sub">' + esc(helper) + '</span></span>'
          }) + '</li>';
        }).join('') + '</ul></section>';
    }
    if (nearEnd(v) && (v.rides || []).length) left += homeBoard(v);
    // Now and next, each time as a clock face and digits.
    if (nn.now || nn.next) {
      left += '<section class="card" id="sec-now" aria-labelledby="h-now"><div class="head"><h2 id="h-now">Now and next</h2>' + hear('sec-now') + '</div><ul class="rows">';
      if (nn.now) {
        left += '<li class="tl" id="tl-now" data-testid="timeline-now">' + I.clock(nn.now.at) +
          '<p class="txt"><span class="lbl">Now, from <span class="time">' + esc(nn.now.at) + '</span></span><span class="what">' + esc(nn.now.title) + '</span></p></li>';
      }
      if (nn.next) {
        left += '<li class="tl" id="tl-next" data-testid="timeline-next">' + I.clock(nn.next.at) +
          '<p class="txt"><span class="lbl">Next, at <span class="time">' + esc(nn.next.at) + '</span></span><span class="what">' + esc(nn.next.title) + '</span></p></li>';
      }
      left += '</ul></section>';
    }
    // Jobs by phase, with a bar and words.
    var jobs = v.jobs || [];
    var phaseRows = PHASES.filter(function (ph) { return jobs.some(function (j) { return j.phase === ph; }); });
    if (phaseRows.length) {
      left += '<section class="card" id="sec-jobs" aria-labelledby="h-jobs"><h2 id="h-jobs">Jobs</h2><ul class="rows">' + phaseRows.map(function (ph) {
          var all = jobs.filter(function (j) { return j.phase === ph; });
          var done = all.filter(function (j) { return j.status === 'done'; }).length;
          var pct = Math.round(100 * done / all.length);
          var rid = 'phase-' + ph;
          return '<li id="' + rid + '" data-testid="' + rid + '">' + icon(I.phaseIcon(ph)) +
            '<span class="txt"><span class="main">' + esc(PHASE_WORDS[ph]) + ': ' + done + ' of ' + all.length + ' done</span>' +
            '<span class="meter" aria-hidden="true"><span style="width:' + pct + '%"></span></span></span></li>';
        }).join('') + '</ul></section>';
    }
    // The team: tap your picture.
    var pg = { items: team(v), page: 0, pages: 1 };
    var right = '<section class="card" id="sec-people" aria-labelledby="h-people"><h2 id="h-people">Tap your picture</h2>' +
      personTiles(v, pg, 'person') + '</section>';
    return { title: 'Home', html: h + '<div class="home"><div class="col">' + left + '</div><div class="col">' + right + '</div></div>' };
  };

  function rideStatus(r) {
    if (r.status === 'gone') return status('', 'Gone home', 'tick');
    if (r.status === 'late') return status('late', 'Late', 'late');
    return status('wait', 'Waiting', 'clock');
  }
  function rideWords(r) {
    return esc(r.pickup || 'Ride') + (r.note ? ', ' + esc(r.note) : '');
  }

  // waitingWith names who is waiting with the person, when someone is.
  function waitingWith(v, r) {
    var w = r.waiting_with || [];
    if (!w.length || r.status === 'gone') return '';
    return '<span class="sub">' + esc(listWords(w.map(function (id) { return nameOf(v, id); }))) + ' waiting with them.</span>';
  }

  // homeBoard is the short home-time list on Home near the end of the night.
  function homeBoard(v) {
    var rides = v.rides || [];
    var waiting = rides.filter(function (r) { return r.status !== 'gone'; }).length;
    return '<section class="card" id="sec-home" aria-labelledby="h-home" data-testid="home-board"><div class="head"><h2 id="h-home">Home time</h2>' + hear('sec-home') + '</div><p class="soft">' + waiting + ' of ' + rides.length + ' still waiting.</p><ul class="rows">' +
      rides.map(function (r) {
        var rid = 'board-' + r.id;
        return '<li id="' + esc(rid) + '" class="board-ride' + (r.status === 'late' ? ' is-late' : '') + '">' + icon(I.pickupIcon(r.pickup)) +
          '<span class="txt"><span class="main">' + esc(r.name) + ', <span class="time">' + esc(r.at) + '</span></span>' +
          '<span class="sub">' + rideWords(r) + '</span></span>' + rideStatus(r) + '</li>';
      }).join('') + '</ul><div class="pager">' + btn({ act: 'hometime', testid: 'btn-open-hometime', icon: 'taxi', text: 'Open home time' }) + '</div></section>';
  }

  screens.person = function (v) {
    var p = person(v, ui.person);
    if (!p) { ui.screen = 'home'; return screens.home(v); }
    var mine = (v.jobs || []).filter(function (j) { return (j.who || []).indexOf(p.id) >= 0; });
    var h = head(possessive(p.name) + ' jobs tonight', { pic: pic(p) });
    // Not here yet: "I am here" comes first and big. Once here, the jobs are
    // the biggest thing, and going home is a plain button under them.
    var body = '';
    if (!p.checked_in) body += '<div class="actions">' + btn({ act: 'check-in', testid: 'btn-check-in', icon: 'here', text: 'I am here', cls: 'big go' }) + '</div>';
    if (!mine.length) {
      body += '<p class="lead" id="nojobs">You have no jobs tonight. Enjoy the night!</p>';
    } else {
      // Every job on one page: a person who reads little never has to find
      // a "More" button to see the rest.
      body += '<ul class="rows jobs">' + mine.map(function (j) {
        var rid = 'jobrow-' + j.number;
        return '<li id="' + rid + '" class="jobrow">' + btn({
          act: 'job', arg: j.number, testid: 'job-' + j.number, cls: 'rowbtn',
          html: jobPic(j) + '<span class="txt"><span class="main">' + esc(j.title) + '</span><span class="sub">' + jobStatus(v, j) + '</span></span>'
        }) + '</li>';
      }).join('') + '</ul>';
    }
    if (p.checked_in) body += '<div class="actions after">' + btn({ act: 'check-out', testid: 'btn-check-out', icon: 'going-home', text: 'I am going home' }) + '</div>';
    return { title: possessive(p.name) + ' jobs', html: h + body };
  };
  function jobStatus(v, j) {
    if (j.status === 'done') return '<span class="status">' + icon('tick') + '<span>Done' + (j.done_by ? ' by ' + esc(nameOf(v, j.done_by)) : '') + '</span></span>';
    if (j.status === 'doing') return '<span class="status">' + icon('doing') + '<span>' + esc(nameOf(v, j.started_by)) + ' is doing it</span></span>';
    return '<span class="status">' + icon('todo') + '<span>Not done yet</span></span>';
  }

  screens.job = function (v) {
    var i = findBy(v.jobs, 'number', ui.job);
    if (i < 0) { ui.screen = 'person'; return screens.person(v); }
    var j = v.jobs[i];
    var h = head(j.title, { pic: jobPic(j) });
    var body = '<p class="lead">Job ' + j.number + '. ' + esc(PHASE_WORDS[j.phase] || '') + '.</p>';
    if ((j.who || []).length) body += '<p>' + (j.who.length > 1 ? 'People on this job:' : 'Person on this job:') + '</p>' + peopleLine(v, j.who);
    body += '<p class="lead" id="jobstatus">' + jobStatus(v, j) + '</p>';
    var acts = '';
    if (j.status !== 'done') {
      acts += btn({ act: 'done', testid: 'btn-done', icon: 'tick', text: 'Done', cls: 'big go' });
      if (!(j.status === 'doing' && j.started_by === ui.person)) {
        acts += btn({ act: 'doing', testid: 'btn-doing', icon: 'doing', text: 'I am starting it', cls: 'big' });
      }
    }
    acts += btn({ act: 'person-back', testid: 'btn-back', icon: 'back', text: 'My jobs', cls: 'big' });
    return { title: j.title, html: h + body + '<div class="actions">' + acts + '</div>' };
  };

  screens.confirm = function (v) {
    var c = ui.confirm || {};
    var canUndo = c.entry && Date.now() - c.at < UNDO_MS;
    var acts = '';
    if (canUndo) acts += btn({ act: 'undo', testid: 'btn-undo', icon: 'undo', text: 'Undo', cls: 'big' });
    acts += btn({ act: c.back || 'person-back', testid: 'btn-ok', icon: 'more', text: 'OK', cls: 'big go' });
    return {
      title: c.title || 'Done',
      html: '<div class="confirm" data-testid="confirm">' + icon(c.icon || 'tick', 'tickbig') +
        '<div class="head"><h1 id="h1" tabindex="-1">' + esc(c.title || 'Done') + '</h1>' + hear('main', 'btn-read-aloud') + '</div>' +
        '<p class="what">' + (c.pic || '') + '<span>' + esc(c.text || '') + '</span></p>' + '<div class="actions">' + acts + '</div></div>'
    };
  };

  // asking says plainly whose name a call for help goes in, with one tap to
  // change it: the last person to tap their picture may have walked away.
  function asking(v) {
    var p = ui.person && person(v, ui.person);
    if (!p) return '<p class="lead why">' + icon('person') + '<span>Next, tap your picture.</span></p>';
    return '<div class="asking" data-testid="asking-as">' + pic(p) + '<p class="txt">You are asking as <strong>' + esc(p.name) + '</strong>.</p>' +
      btn({ act: 'not-me', testid: 'btn-not-me', icon: 'person', text: 'I am not ' + p.name }) + '</div>';
  }

  screens.help = function (v) {
    return {
      title: 'What is wrong?',
      html: head('What is wrong?') + asking(v) + '<div class="grid8">' + KINDS.map(function (k) {
        return btn({ act: 'kind', arg: k, testid: 'problem-kind-' + k, cls: 'kind', html: icon(I.kindIcon(k)) + '<span>' + esc(KIND_WORDS[k]) + '</span>' });
      }).join('') + '</div>'
    };
  };

  screens.who = function (v) {
    var pg = { items: team(v), page: 0, pages: 1 };
    var why = ui.then && ui.then.why ? '<p class="lead why">' + (ui.then.icon ? icon(ui.then.icon) : '') +
      '<span>' + esc(ui.then.why) + '</span></p>' : '';
    return {
      title: 'Who are you?',
      html: head('Who are you?') + why + '<p class="lead soft">Tap your picture.</p>' + personTiles(v, pg, 'who')
    };
  };

  screens.raised = function (v) {
    var r = ui.raise;
    if (!r) { ui.screen = 'home'; return screens.home(v); }
    var pid = raised[r.cmdId];
    var p = pid ? entity(v, { kind: 'problem', id: pid }) : null;
    var inBox = findEntry(r.cmdId);
    var lines = '';
    var msg;
    // Who was texted comes with the problem itself (alerted), or in a told
    // message.
    if (p && p.alerted && p.alerted.length) {
      told[pid] = p.alerted.map(function (id) { return nameOf(v, id); });
    }
    if (p && p.status === 'sorted') {
      msg = 'Sorted. Thank you.';
    } else if (p && p.status === 'claimed') {
      msg = nameOf(v, p.claimed_by) + ' is coming.';
    } else if (r.error) {
      msg = r.error;
    } else if (pid && told[pid]) {
      msg = told[pid].length ? 'We told ' + listWords(told[pid]) + '.' : 'We told the team.';
    } else if (inBox && !connected) {
      msg = 'Saved. It will send when the Wi-Fi is back.';
    } else if (!pid && inBox) {
      msg = 'Telling the team now.';
    } else if (Date.now() - (r.ackAt || r.at) > 4000) {
      msg = 'We told the team.';
    } else {
      msg = 'Telling the team now.';
    }
    if (p && p.status !== 'open' && told[pid]) {
      lines += '<p class="lead">' + esc(told[pid].length ? 'We told ' + listWords(told[pid]) + '.' : 'We told the team.') + '</p>';
    }
    if (r.lastMsg !== msg) {
      // Say each change out loud for screen readers, and chime when help is coming.
      if (r.lastMsg && p && p.status === 'claimed') chime();
      r.lastMsg = msg;
      announce(msg);
    }
    lines += '<div class="card bigmsg">';
    if (p && p.status === 'claimed') lines += pic(person(v, p.claimed_by) || { id: p.claimed_by, name: p.claimed_by });
    else if (p && p.status === 'sorted') lines += icon('tick');
    lines += '<p id="told" data-testid="told-message">' + esc(msg) + '</p></div>';
    if (inBox && !connected) lines += '<p class="lead">Please find a team member now.</p>';
    if (r.kind === 'unwell' || r.kind === 'missing') lines += '<p class="lead"><strong>If it is an emergency call 999.</strong></p>';
    var acts = '';
    if (Date.now() - r.at < UNDO_MS && r.entry && !(p && p.status !== 'open')) acts += btn({ act: 'undo-raise', testid: 'btn-undo', icon: 'undo', text: 'Undo', cls: 'big' });
    acts += btn({ act: 'home', testid: 'btn-ok', icon: 'home', text: 'OK', cls: 'big go' });
    return {
      title: 'Getting help',
      html: head('Getting help', { pic: icon(I.kindIcon(r.kind)) }) + '<p class="lead">' + esc(KIND_WORDS[r.kind] || '') + '.</p>' + lines +
        '<div class="actions">' + acts + '</div>'
    };
  };

  // problemTitle is the kind of problem in words: what a person who reads
  // little needs first. problemSaid is what was typed or texted, after it.
  function problemTitle(p) { return stop(KIND_TEXT[p.kind] || 'Someone needs help'); }
  function problemSaid(p, cls) {
    var t = String(p.text || '').trim();
    if (!t || t === KIND_TEXT[p.kind] || stop(t) === problemTitle(p)) return '';
    return '<span class="said' + (cls ? ' ' + cls : '') + '">They said: \u201c' + esc(t) + '\u201d</span>';
  }

  screens.problem = function (v) {
    var p = entity(v, { kind: 'problem', id: ui.problem });
    if (!p) { ui.screen = 'home'; return screens.home(v); }
    var body = '<p class="lead">' + esc(nameOf(v, p.raised_by)) + ' asked for help' + (p.raised_at ? ' at <span class="time">' + esc(timeOf(p.raised_at)) + '</span>' : '') + '.</p>';
    var st = p.status === 'sorted' ? 'Sorted.' : p.status === 'claimed' ? nameOf(v, p.claimed_by) + ' is helping.' : 'Nobody is helping yet.';
    body += '<p class="lead" data-testid="problem-status">' + esc(st) + '</p>';
    if (p.status === 'claimed') body += peopleLine(v, [p.claimed_by]);
    var acts = '';
    if (!p.pending) {
      if (p.status === 'open') acts += btn({ act: 'claim', testid: 'btn-claim', icon: 'here', text: 'I will help', cls: 'big go' });
      if (p.status !== 'sorted') acts += btn({ act: 'sort', testid: 'btn-sort', icon: 'tick', text: 'It is sorted', cls: 'big' });
    }
    return { title: 'Problem', html: head(problemTitle(p), { pic: icon(I.kindIcon(p.kind)) }) + problemSaid(p, 'lead') + body + '<div class="actions">' + acts + '</div>' };
  };

  screens.briefing = function (v) {
    var pts = v.briefing || [];
    if (!pts.length) { ui.screen = 'home'; return screens.home(v); }
    if (ui.brief < 0 || ui.brief >= pts.length) {
      ui.brief = 0;
      for (var i = 0; i < pts.length; i++) if (!pts[i].delivered) { ui.brief = i; break; }
    }
    var b = pts[ui.brief];
    var body = '<p class="step" data-testid="briefing-step">Point ' + (ui.brief + 1) + ' of ' + pts.length + '</p>' +
      '<p class="point" data-testid="briefing-point">' + esc(b.title) + '</p>';
    if ((b.who || []).length) body += '<p>Who says it:</p>' + peopleLine(v, b.who);
    body += '<p class="lead" data-testid="briefing-status">' + (b.delivered ?
      '<span class="status">' + icon('tick') + '<span>Done</span></span>' :
      '<span class="status">' + icon('todo') + '<span>Not done yet</span></span>') + '</p>';
    var acts = '';
    if (ui.brief > 0) acts += btn({ act: 'brief-back', testid: 'briefing-back', icon: 'back', text: 'Back', cls: 'big' });
    if (!b.delivered) acts += btn({ act: 'briefed', testid: 'btn-briefed', icon: 'tick', text: 'Done', cls: 'big go' });
    if (ui.brief < pts.length - 1) acts += btn({ act: 'brief-next', testid: 'briefing-next', icon: 'more', text: 'Next', cls: 'big' });
    else acts += btn({ act: 'home', testid: 'briefing-finish', icon: 'home', text: 'Finish', cls: 'big' });
    return { title: 'Briefing', html: head('Briefing', { pic: icon('briefing') }) + body + '<div class="actions">' + acts + '</div>' };
  };

  screens.hometime = function (v) {
    var rides = v.rides || [];
    var pg = paginate(rides, ui.ridePage, 4);
    ui.ridePage = pg.page;
    var body = rides.length ? '<ul class="rows">' + pg.items.map(function (r) {
      var rid = 'ride-' + r.id;
      var b = '';
      if (r.status !== 'gone') b += btn({ act: 'ride-gone', arg: r.id, testid: 'btn-gone-' + r.id, icon: 'tick', text: 'Gone home', cls: 'go' });
      if (r.status === 'waiting') b += btn({ act: 'ride-late', arg: r.id, testid: 'btn-late-' + r.id, icon: 'late', text: 'Late' });
      if (r.status !== 'gone' && !(ui.person && (r.waiting_with || []).indexOf(ui.person) >= 0)) {
        b += btn({ act: 'wait-with', arg: r.id, testid: 'btn-wait-' + r.id, icon: 'person', text: "I'll wait" });
      }
      return '<li id="' + esc(rid) + '" data-testid="' + esc(rid) + '" class="ride' + (r.status === 'late' ? ' is-late' : '') + '">' + icon(I.pickupIcon(r.pickup)) +
        '<span class="txt"><span class="main">' + esc(r.name) + '</span><span class="sub">' + rideWords(r) + '</span>' + waitingWith(v, r) + '</span>' +
        '<span class="when">' + I.clock(r.at) + '<span class="time">' + esc(r.at) + '</span></span>' + rideStatus(r) +
        '<span class="btns">' + b + hear(rid, 'btn-read-' + rid) + '</span></li>';
    }).join('') + '</ul>' + pager(pg, 'rides-more', 'More') : '<p class="lead">Nobody has a ride home on the list.</p>';
    return { title: 'Home time', html: head('Home time', { pic: icon('taxi') }) + body };
  };

  // ---------------------------------------------------------------- the bar at the top

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

  // ---------------------------------------------------------------- rendering in place

  var main = document.getElementById('main');
  var bar = document.getElementById('bar');
  var topEl = bar.parentNode;
  var bannerEl = document.getElementById('banner');
  var feedbackEl = document.getElementById('feedback');
  var overlayEl = document.getElementById('overlay');
  var liveEl = document.getElementById('live');

  function keyOf(n) {
    return n.nodeType === 1 ? (n.getAttribute('data-testid') || n.id || '') : '';
  }
  function same(a, b) {
    if (a.nodeType !== b.nodeType) return false;
    if (a.nodeType !== 1) return true;
    return a.nodeName === b.nodeName && keyOf(a) === keyOf(b);
  }
  // morph makes the live tree from look like to, keeping every element that
  // stays, so a finger on a button never loses it and focus stays put.
  function morph(from, to) {
    if (from.nodeType === 1) {
      var fa = from.attributes, ta = to.attributes, i;
      for (i = fa.length - 1; i >= 0; i--) if (!to.hasAttribute(fa[i].name)) from.removeAttribute(fa[i].name);
      for (i = 0; i < ta.length; i++) if (from.getAttribute(ta[i].name) !== ta[i].value) from.setAttribute(ta[i].name, ta[i].value);
    }
    var f = from.firstChild, t = to.firstChild;
    while (t) {
      var tn = t.nextSibling;
      if (!f) {
        from.appendChild(t);
      } else if (same(f, t)) {
        if (f.nodeType === 1) morph(f, t);
        else if (f.nodeValue !== t.nodeValue) f.nodeValue = t.nodeValue;
        f = f.nextSibling;
      } else {
        var old = f;
        f = f.nextSibling;
        from.replaceChild(t, old);
      }
      t = tn;
    }
    while (f) { var fn = f.nextSibling; from.removeChild(f); f = fn; }
  }
  // patch sets the children of el from html; el itself keeps its attributes.
  function patch(el, html) {
    var tmp = document.createElement(el.nodeName);
    tmp.innerHTML = html;
    var n = el.attributes.length, i;
    for (i = 0; i < n; i++) tmp.setAttribute(el.attributes[i].name, el.attributes[i].value);
    morph(el, tmp);
  }

  function currentScreen(v) {
    if (paired === false || !key) return 'pair';
    if (!v) return 'loading';
    return ui.screen;
  }

  var pointerDown = false, downAt = 0, deferred = false;
  function render() {
    if (pointerDown && Date.now() - downAt < 1500) { deferred = true; return; }
    deferred = false;
    var v = view();
    var name = currentScreen(v);
    var scr = screens[name](v);
    name = currentScreen(v); // a screen may send us elsewhere when its thing is gone
    main.setAttribute('data-screen', name);
    patch(bar, renderBar(name === 'pair' || name === 'loading' ? null : v));
    patch(main, scr.html);
    var title = scr.title + (v && v.title ? ' – ' + v.title : '') + ' – Clubnight';
    if (document.title !== title) document.title = title;
    var sig = name + '|' + (ui.person || '') + '|' + ui.job + '|' + (ui.problem || '');
    // Words about what just happened belong to the screen they first show on.
    if (feedback) {
      if (!feedback.sig) feedback.sig = sig;
      else if (feedback.sig !== sig) feedback = null;
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
  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    setTimeout(function () { renderQueued = false; render(); }, 16);
  }

  function renderBanner() {
    var show = !!key && paired !== false && !connected && Date.now() - downSince > BANNER_MS;
    if (!show && connected && state && state.texts_down) {
      // Texts cannot go out (a Twilio outage): people must call instead.
      bannerEl.hidden = false;
      patch(bannerEl, icon('help') + '<p class="txt" id="banner-words" data-testid="texts-down"><span>' +
        esc('Texts are not going out.') + '</span><br><span>' + esc('Please call people instead.') + '</span></p>' +
        hear('banner-words', 'btn-read-banner'));
      return;
    }
    if (!show) { if (!bannerEl.hidden) { bannerEl.hidden = true; bannerEl.innerHTML = ''; } return; }
    // "last updated 19:42" stays on one line on a narrow screen.
    var words = esc('Reconnecting…') + (lastUpdate ? ' <span class="nowrap">last updated ' + hhmm(lastUpdate) + '</span>' : '');
    var waiting = outbox.length;
    var more = waiting ? (waiting === 1 ? '1 tap is saved. It will send when the Wi-Fi is back.' : waiting + ' taps are saved. They will send when the Wi-Fi is back.') :
      'You can still tap. Taps send when the Wi-Fi is back.';
    bannerEl.hidden = false;
    patch(bannerEl, icon('wifi-off') + '<p class="txt" id="banner-words"><span>' + words + '</span>' +
      (more ? '<br><span>' + esc(more) + '</span>' : '') + '</p>' + hear('banner-words', 'btn-read-banner'));
  }

  function renderFeedback() {
    if (!feedback || Date.now() > feedback.until) {
      feedback = null;
      if (!feedbackEl.hidden) { feedbackEl.hidden = true; feedbackEl.innerHTML = ''; }
      return;
    }
    feedbackEl.hidden = false;
    feedbackEl.className = 'feedback' + (feedback.kind === 'error' ? ' error' : feedback.kind === 'late' ? ' late' : '');
    var canUndo = feedback.entry && Date.now() - feedback.at < UNDO_MS;
    patch(feedbackEl, icon(feedback.kind === 'error' ? 'other' : feedback.kind === 'late' ? 'late' : 'tick') +
      '<p class="txt" id="feedback-words" data-testid="feedback">' + esc(feedback.text) + '</p>' +
      (canUndo ? btn({ act: 'undo-feedback', testid: 'btn-undo', icon: 'undo', text: 'Undo' }) : '') +
      hear('feedback-words', 'btn-read-feedback'));
  }
  function showFeedback(kind, text, entry) {
    feedback = { kind: kind, text: text, entry: entry || null, at: Date.now(), until: Date.now() + (entry ? UNDO_MS : kind === 'error' ? 15000 : 8000) };
    announce(text);
    renderFeedback();
  }

  function announce(text) {
    liveEl.textContent = '';
    setTimeout(function () { liveEl.textContent = text; }, 60);
  }

  // ---------------------------------------------------------------- read aloud

  var BLOCK = /^(P|DIV|LI|H1|H2|H3|SECTION|UL|BUTTON|BR)$/;
  // wordsOf returns exactly the words shown in el, a pause between blocks.
  function wordsOf(el) {
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
  function speak(text) {
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

  // ---------------------------------------------------------------- sound

  var audio = null;
  function chime() {
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

  // ---------------------------------------------------------------- commands and the outbox

  function findEntry(id) {
    for (var i = 0; i < outbox.length; i++) if (outbox[i].cmd.id === id) return outbox[i];
    return null;
  }
  function transmit(e) {
    if (!ws || !connected || ws.readyState !== 1) return;
    try {
      ws.send(JSON.stringify({ type: 'command', command: e.cmd }));
      e.sent = Date.now();
    } catch (err) { /* the close handler will retry */ }
  }
  function flush() {
    outbox.forEach(transmit);
    saveOutbox();
  }
  // send keeps the command in the outbox until the hub answers ack or error;
  // its id lets the hub apply it exactly once however often it is sent.
  function send(type, fields, meta) {
    var cmd = { id: newId(), type: type, source: 'kiosk' };
    for (var k in fields) if (Object.prototype.hasOwnProperty.call(fields, k)) cmd[k] = fields[k];
    var e = { cmd: cmd, meta: meta || {}, sent: 0 };
    outbox.push(e);
    transmit(e);
    saveOutbox();
    return e;
  }
  function settle(id, err, ackSeq) {
    var e = findEntry(id);
    if (!e) return;
    outbox.splice(outbox.indexOf(e), 1);
    saveOutbox();
    // The ack can come before its event: keep showing the tap until then.
    if (!err && !e.applied && ackSeq > seq) { e.ackSeq = ackSeq; afterAck.push(e); }
    if (ui.raise && ui.raise.cmdId === id) {
      if (err) ui.raise.error = err; else ui.raise.ackAt = Date.now();
    }
    if (err) {
      if (ui.confirm && ui.confirm.entry === e) ui.confirm.entry = null;
      if (feedback && feedback.entry === e) feedback.entry = null;
      showFeedback('error', err);
    }
    scheduleRender();
  }

  // undoEntry takes back what entry did: a tap never sent is just dropped;
  // otherwise the hub is asked to undo that person's last change.
  function undoEntry(e) {
    if (!e) return;
    var still = findEntry(e.cmd.id);
    if (still && !still.sent) {
      outbox.splice(outbox.indexOf(still), 1);
      saveOutbox();
    } else {
      send('undo', { by: e.cmd.by }, { undoKey: e.meta.key, before: e.meta.before });
    }
  }

  // act records a change made by person by, with what it was before for Undo.
  function act(type, fields, k) {
    var v = view();
    fields.by = ui.person;
    var before = k && k.kind !== 'raise' ? copy(entity(v, k)) : null;
    return send(type, fields, { key: k, before: before });
  }

  // ---------------------------------------------------------------- the connection

  function wsURL() {
    var proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
    var u = proto + '//' + location.host + WS_PATH + '?key=' + encodeURIComponent(key);
    if (state && seq > 0) u += '&since=' + seq + (epoch ? '&epoch=' + encodeURIComponent(epoch) : '');
    return u;
  }
  function connect() {
    clearTimeout(retryTimer);
    retryTimer = null;
    if (!key || ws) return;
    var sock;
    try { sock = new WebSocket(wsURL()); } catch (e) { retry(); return; }
    ws = sock;
    heardOnSocket = false;
    sock.onopen = function () {
      if (ws !== sock) return;
      lastHeard = Date.now();
      connected = true;
      backoff = 500;
      flush();
      scheduleRender();
    };
    sock.onmessage = function (ev) {
      if (ws !== sock) return;
      lastHeard = Date.now();
      heardOnSocket = true;
      handle(ev.data);
    };
    sock.onclose = function () {
      if (ws !== sock) return;
      lost(sock, !heardOnSocket);
    };
    sock.onerror = function () { /* close follows */ };
  }
  // A link can die without closing (Wi-Fi gone quiet). When nothing has been
  // heard for a while, ask the hub (it answers a ping with a pong); when it
  // stays quiet, treat the link as lost and reconnect.
  var lastHeard = 0, HEARTBEAT_MS = 15000, DEAD_MS = 10000;
  setInterval(function () {
    if (!ws || !connected) return;
    var quiet = Date.now() - lastHeard;
    if (quiet > HEARTBEAT_MS + DEAD_MS) { lost(ws, false); return; }
    if (quiet >= HEARTBEAT_MS) { try { ws.send('{"type":"ping"}'); } catch (e) { /* close follows */ } }
  }, 5000);

  // lost forgets the socket at once (a dead link may take minutes to close)
  // and tries again; a socket that said nothing may mean a bad key.
  function lost(sock, silent) {
    if (ws === sock) ws = null;
    try { sock.onopen = sock.onmessage = sock.onclose = null; sock.close(); } catch (e) { /* ignore */ }
    if (connected) downSince = Date.now();
    connected = false;
    outbox.forEach(function (e) { e.sent = e.sent ? -1 : 0; }); // -1: sent once, answer unknown
    scheduleRender();
    if (silent) checkKey(); else retry();
  }
  function retry() {
    clearTimeout(retryTimer);
    var d = Math.round(backoff * (0.8 + Math.random() * 0.4));
    d = Math.max(500, Math.min(5000, d));
    backoff = Math.min(5000, backoff * 2);
    retryTimer = setTimeout(connect, d);
  }
  function checkKey() {
    if (!window.fetch) { retry(); return; }
    window.fetch(CHECK_URL, { headers: { 'X-Kiosk-Key': key }, cache: 'no-store', credentials: 'same-origin' }).then(function (r) {
      if (r.status === 401 || r.status === 403) unpair();
      else retry();
    }, function () { retry(); });
  }
  function unpair() {
    key = null;
    paired = false;
    state = null;
    seq = 0;
    outbox = [];
    lsDel(K_KEY); lsDel(K_STATE); lsDel(K_OUT);
    if (ws) { var s = ws; ws = null; try { s.onclose = null; s.close(); } catch (e) { /* ignore */ } }
    connected = false;
    render();
  }
  function reconnectNow() {
    if (ws) lost(ws, false);
    clearTimeout(retryTimer);
    connect();
  }

  function handle(data) {
    var m;
    try { m = JSON.parse(data); } catch (e) { return; }
    if (!m || typeof m !== 'object') return;
    switch (m.type) {
      case 'snapshot':
        if (!m.night || typeof m.night !== 'object') return;
        state = scrub(m.night);
        seq = +m.seq || +state.seq || 0;
        epoch = typeof m.epoch === 'string' ? m.epoch : '';
        paired = true;
        fresh();
        break;
      case 'event': applyEvent(m); break;
      case 'ack': settle(m.id, null, +m.seq || 0); break;
      case 'error': if (m.id && findEntry(m.id)) settle(m.id, m.message || 'That did not work. Please try again.'); else if (m.message) showFeedback('error', m.message); break;
      case 'told':
        if (m.problem) { told[m.problem] = Array.isArray(m.names) ? m.names : []; scheduleRender(); }
        break;
      case 'notice': if (m.message) showFeedback('info', String(m.message)); break;
      default: break; // ignore types we do not know
    }
  }
  function fresh() {
    afterAck = afterAck.filter(function (e) { return !e.applied && e.ackSeq > seq; });
    lastUpdate = now();
    paired = true;
    saveState();
    scheduleRender();
  }
  // scrub drops phone numbers, should a server ever send one: a kiosk never
  // shows or stores them.
  function scrub(n) {
    if (n && n.people) n.people.forEach(function (p) { if (p) delete p.phone; });
    return n;
  }
  function upsert(list, field, item) {
    var i = findBy(list, field, item[field]);
    if (i >= 0) list[i] = item; else list.push(item);
  }
  function applyEvent(ev) {
    if (!state) return;
    var s = +ev.seq;
    if (!(s > 0)) return;
    if (ev.state && typeof ev.state === 'object' && s > seq) {
      state = scrub(ev.state);
    } else {
      if (ev.night && state.id && ev.night !== state.id) { state = null; seq = 0; reconnectNow(); return; }
      if (s <= seq) return;
      if (s > seq + 1) { reconnectNow(); return; } // a gap: ask again with since
      if (ev.job) upsert(state.jobs || (state.jobs = []), 'number', ev.job);
      if (ev.problem) upsert(state.problems || (state.problems = []), 'id', ev.problem);
      if (ev.ride) upsert(state.rides || (state.rides = []), 'id', ev.ride);
      if (ev.person) { delete ev.person.phone; upsert(state.people || (state.people = []), 'id', ev.person); }
      if (ev.briefing && typeof ev.index === 'number') {
        state.briefing = state.briefing || [];
        state.briefing[ev.index] = ev.briefing;
      }
      if (ev.activity) {
        state.activity = state.activity || [];
        state.activity.push(ev.activity);
        if (state.activity.length > 50) state.activity = state.activity.slice(-50);
      }
    }
    seq = s;
    state.seq = s;
    if (ev.command_id) {
      var e = findEntry(ev.command_id);
      if (e) e.applied = true;
      if (ev.kind === 'raise' && ev.problem) raised[ev.command_id] = ev.problem.id;
    }
    fresh();
  }

  // ---------------------------------------------------------------- taps

  function go(screen) {
    ui.screen = screen;
    render();
  }
  function goHome() {
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
  function needPerson(fn, why, iconName) {
    if (ui.person && person(view(), ui.person)) { fn(); return; }
    ui.then = { fn: fn, back: ui.screen, why: why, icon: iconName };
    go('who');
  }
  // picture is the HTML of the job's or person's picture, shown left of text.
  function confirm(title, text, entry, iconName, back, picture) {
    ui.confirm = { title: title, text: text, entry: entry, at: Date.now(), icon: iconName, back: back, pic: picture || '' };
    chime();
    announce(title + '. ' + text);
    go('confirm');
  }

  var actions = {
    home: goHome,
    help: function () {
      if (!key || paired === false || !view()) { ui.pairHelp = true; render(); return; }
      go('help');
    },
    briefing: function () { ui.brief = -1; go('briefing'); },
    hometime: function () { ui.ridePage = 0; go('hometime'); },
    person: function (id) {
      ui.person = id;
      go('person');
    },
    'person-back': function () { if (ui.person) go('person'); else goHome(); },
    'rides-more': function () { ui.ridePage++; render(); },
    job: function (n) { ui.job = +n; go('job'); },
    done: function () {
      var v = view(), j = entity(v, { kind: 'job', number: ui.job });
      if (!j) return;
      var e = act('done', { job: j.number }, { kind: 'job', number: j.number });
      confirm('Done', j.title + '.', e, 'tick', 'person-back', jobPic(j));
    },
    doing: function () {
      var v = view(), j = entity(v, { kind: 'job', number: ui.job });
      if (!j) return;
      var e = act('doing', { job: j.number }, { kind: 'job', number: j.number });
      confirm('Thank you', 'You are doing: ' + j.title + '.', e, 'doing', 'person-back', jobPic(j));
    },
    'check-in': function () {
      var p = person(view(), ui.person);
      if (!p) return;
      var e = act('check_in', {}, { kind: 'person', id: p.id });
      confirm('Welcome', p.name + ', you are here.', e, 'here', 'person-back', pic(p));
    },
    'check-out': function () {
      var p = person(view(), ui.person);
      if (!p) return;
      var e = act('check_out', {}, { kind: 'person', id: p.id });
      confirm('Goodbye', p.name + ', get home safe.', e, 'going-home', 'home', pic(p));
    },
    undo: function () {
      var c = ui.confirm;
      if (!c || !c.entry) return;
      undoEntry(c.entry);
      c.entry = null;
      showFeedback('info', 'Taken back. Nothing changed.');
      if (ui.person) go('person'); else goHome();
    },
    'undo-feedback': function () {
      if (!feedback || !feedback.entry) return;
      undoEntry(feedback.entry);
      showFeedback('info', 'Taken back. Nothing changed.');
      render();
    },
    kind: function (k) {
      needPerson(function () {
        var e = send('raise', { kind: k, by: ui.person }, { key: { kind: 'raise' } });
        e.meta.key.cmd = e.cmd.id;
        saveOutbox();
        ui.raise = { cmdId: e.cmd.id, kind: k, at: Date.now(), entry: e };
        chime();
        go('raised');
      }, KIND_WORDS[k] + '.', I.kindIcon(k));
    },
    'undo-raise': function () {
      var r = ui.raise;
      if (!r || !r.entry) return;
      undoEntry(r.entry);
      ui.raise = null;
      showFeedback('info', 'Taken back. We will not ask for help.');
      goHome();
    },
    'not-me': function () { ui.person = null; render(); },
    'wait-with': function (id) {
      needPerson(function () {
        var v = view(), r = entity(v, { kind: 'ride', id: id });
        if (!r) return;
        var e = act('wait_with', { ride: id }, { kind: 'ride', id: id });
        ui.screen = 'hometime';
        chime();
        showFeedback('ok', 'You are waiting with ' + r.name + '. Thank you.', e);
        render();
      }, 'I will wait with them.', 'person');
    },
    who: function (id) {
      ui.person = id;
      var t = ui.then;
      ui.then = null;
      if (t && t.fn) t.fn(); else go('person');
    },
    problem: function (id) { ui.problem = id; go('problem'); },
    claim: function () {
      var pid = ui.problem;
      needPerson(function () {
        var e = act('claim', { problem: pid }, { kind: 'problem', id: pid });
        ui.problem = pid;
        ui.screen = 'problem';
        chime();
        showFeedback('ok', 'Thank you. You are helping.', e);
        render();
      }, 'You will help.', 'here');
    },
    sort: function () {
      var pid = ui.problem;
      needPerson(function () {
        var e = act('sort', { problem: pid }, { kind: 'problem', id: pid });
        chime();
        showFeedback('ok', 'Sorted. Thank you.', e);
        ui.screen = 'home';
        render();
      }, 'The problem is sorted.', 'tick');
    },
    'brief-next': function () { ui.brief++; render(); },
    'brief-back': function () { ui.brief = Math.max(0, ui.brief - 1); render(); },
    briefed: function () {
      var i = ui.brief;
      needPerson(function () {
        var v = view(), b = v.briefing && v.briefing[i];
        if (!b) return;
        var e = act('briefed', { index: i }, { kind: 'briefing', index: i });
        ui.brief = i;
        ui.screen = 'briefing';
        chime();
        showFeedback('ok', 'Done: ' + b.title + '.', e);
        render();
      }, 'The briefing point is done.', 'briefing');
    },
    'ride-gone': function (id) { rideAct('ride_gone', id, ' has gone home.'); },
    // A late ride is raised as a problem about that ride: the people on
    // duty for home time are texted, as for any problem.
    'ride-late': function (id) {
      needPerson(function () {
        var v = view(), r = entity(v, { kind: 'ride', id: id });
        if (!r) return;
        var e = send('raise', { kind: 'taxi', ride: id, by: ui.person }, { key: { kind: 'raise' } });
        e.meta.key.cmd = e.cmd.id;
        saveOutbox();
        ui.screen = 'hometime';
        chime();
        showFeedback('late', r.name + "'s ride is late. We are telling the team.", e);
        render();
      }, 'Home time.', 'taxi');
    },
    say: function (target) {
      var el = target === 'main' ? main : document.getElementById(target);
      if (el) speak(wordsOf(el));
    },
    'still-here': function () { hideIdle(); lastTouch = Date.now(); }
  };
  function rideAct(type, id, words) {
    needPerson(function () {
      var v = view(), r = entity(v, { kind: 'ride', id: id });
      if (!r) return;
      var e = act(type, { ride: id }, { kind: 'ride', id: id });
      ui.screen = 'hometime';
      chime();
      showFeedback('ok', r.name + words, e);
      render();
    }, 'Home time.', 'taxi');
  }

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

  // A photo that does not load becomes a drawn picture.
  document.addEventListener('error', function (ev) {
    var t = ev.target;
    if (t && t.nodeName === 'IMG') {
      var src = t.getAttribute('src') || '';
      if (t.classList.contains('sym')) {
        var m = /([^\/]+)\.svg$/.exec(src);
        if (m) I.dropSymbol(m[1]); // fall back to our own drawing
      } else {
        badPhotos[src] = true;
      }
      scheduleRender();
    }
  }, true);

  // Never change the screen under a finger: hold updates while it is down.
  function down() { pointerDown = true; downAt = lastTouch = Date.now(); }
  function up() {
    pointerDown = false;
    if (deferred) setTimeout(render, 0);
  }
  document.addEventListener('pointerdown', down, true);
  document.addEventListener('touchstart', down, { capture: true, passive: true });
  document.addEventListener('mousedown', down, true);
  ['pointerup', 'pointercancel', 'touchend', 'touchcancel', 'mouseup'].forEach(function (n) {
    document.addEventListener(n, function () { setTimeout(up, 0); }, true);
  });
  document.addEventListener('keydown', function () { lastTouch = Date.now(); }, true);

  // ---------------------------------------------------------------- quiet minute

  var lastTouch = Date.now(), idleSince = 0;
  function idleMatters() {
    if (!state || paired === false) return false;
    return ui.screen !== 'home' || !!ui.person;
  }
  function showIdle() {
    idleSince = Date.now();
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
  function hideIdle() {
    if (!idleSince && overlayEl.hidden) return;
    idleSince = 0;
    overlayEl.hidden = true;
    overlayEl.innerHTML = '';
    main.removeAttribute('aria-hidden');
    topEl.removeAttribute('aria-hidden');
  }

  // ---------------------------------------------------------------- the clock tick

  function tick() {
    var t = Date.now();
    if (connected) lastUpdate = now();
    // A command with no answer for a long while means the link is dead.
    if (connected && ws) {
      for (var i = 0; i < outbox.length; i++) {
        var e = outbox[i];
        // Give up blaming the link after a few tries, so one unanswered
        // command cannot keep the screen reconnecting for ever.
        if (e.sent > 0 && t - e.sent > ACK_MS && (e.timeouts || 0) < 3) {
          e.timeouts = (e.timeouts || 0) + 1;
          lost(ws, false);
          break;
        }
      }
    }
    if (idleSince) {
      if (t - idleSince > WARN_MS) goHome();
    } else if (idleMatters() && t - lastTouch > IDLE_MS) {
      showIdle();
    }
    if (deferred) scheduleRender();
    var c = document.querySelector('#clock .time');
    if (c) c.textContent = hhmm(now());
    // Redraw for things that change with time (Undo going, the clock, now and next).
    if (ui.screen === 'confirm' || ui.screen === 'raised' || feedback || !bannerEl.hidden || !connected || t % 15000 < 1000) scheduleRender();
  }

  // ---------------------------------------------------------------- wake lock

  var wakeLock = null;
  function wake() {
    try {
      if (wakeLock || !navigator.wakeLock || document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(function (l) {
        wakeLock = l;
        l.addEventListener('release', function () { wakeLock = null; });
      }, function () { /* ignore */ });
    } catch (e) { /* ignore */ }
  }
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') { wake(); if (!ws && key) connect(); }
  });
  window.addEventListener('online', function () { if (!ws && key) { backoff = 500; connect(); } });
  window.addEventListener('offline', function () { if (ws) lost(ws, false); });

  // ---------------------------------------------------------------- start

  function start() {
    var params = new URLSearchParams(location.search);
    var k = params.get('key');
    if (k) {
      if (k !== lsGet(K_KEY)) { lsDel(K_STATE); }
      lsSet(K_KEY, k);
      params.delete('key');
      var rest = params.toString();
      try { history.replaceState(null, '', location.pathname + (rest ? '?' + rest : '') + location.hash); } catch (e) { /* ignore */ }
    }
    key = lsGet(K_KEY);
    var ob = lsJSON(K_OUT);
    outbox = Array.isArray(ob) ? ob.filter(function (e) { return e && e.cmd && e.cmd.id; }) : [];
    outbox.forEach(function (e) { e.sent = e.sent ? -1 : 0; });
    if (!key) {
      paired = false;
      render();
      return;
    }
    var cached = lsJSON(K_STATE);
    if (cached && cached.night && typeof cached.night === 'object') {
      state = cached.night;
      seq = +cached.seq || 0;
      lastUpdate = cached.at ? new Date(cached.at) : null;
    }
    render();
    connect();
    wake();
    setInterval(tick, 1000);
  }

  window.clubnightKiosk = {
    state: function () { return copy(view()); },
    serverState: function () { return copy(state); },
    outbox: function () { return outbox.map(function (e) { return copy(e.cmd); }); },
    connected: function () { return connected; },
    seq: function () { return seq; },
    screen: function () { return currentScreen(view()); },
    // setClock("21:30") moves the kiosk's clock, for tests; setClock() puts it back.
    setClock: function (t) {
      clockOffset = 0;
      var m = /^(\d{1,2}):(\d{2})$/.exec(t || '');
      if (m) {
        var d = new Date();
        d.setHours(+m[1], +m[2], 0, 0);
        clockOffset = d.getTime() - Date.now();
      }
      if (connected) lastUpdate = now();
      render();
    },
    idleNow: function () { lastTouch = 0; tick(); },
    words: function (target) { var el = target ? document.getElementById(target) : main; return el ? wordsOf(el) : ''; }
  };

  start();
})();
