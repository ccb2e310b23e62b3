/* Clubnight dashboard: the live view. It keeps the night's state from the
   /ws stream (a snapshot, then events; after a drop it asks again with
   since=<seq>), draws it, and sends changes as commands on the same socket.
   Lists keep plan order, so nothing moves under a finger; a redraw keeps
   focus, open panels and ticked boxes. */
(function () {
  'use strict';
  var CN = window.CN, cfg = CN.cfg, esc = CN.esc, icon = CN.icon;
  if (!document.getElementById('jobs')) return; // no night to show

  var me = cfg.me || {};
  var state = null, seq = 0, sock = null, backoff = 500, connected = false;
  var epoch = ''; // names the history seq counts in; from the snapshot
  var pending = {}, cmdN = 0, inbox = null;

  var PHASES = [['setup', 'Setting up'], ['briefing', 'Briefing'], ['during', 'During the night'], ['close', 'Closing']];
  var KINDS = {};
  (cfg.kinds || []).forEach(function (k) { KINDS[k.kind] = k.words; });
  var SOURCES = { kiosk: 'on the kiosk', sms: 'by text', dashboard: 'on the dashboard', api: 'by the organiser', system: 'by Clubnight' };
  var UNDOABLE = { done: 1, doing: 1, check_in: 1, check_out: 1, raise: 1, claim: 1, sort: 1, ride_gone: 1, ride_late: 1, ride_wait: 1, wait_with: 1, briefed: 1 };

  function person(id) {
    for (var i = 0; i < state.people.length; i++) if (state.people[i].id === id) return state.people[i];
    return null;
  }
  function name(id) {
    if (!id) return 'Someone';
    var p = person(id);
    return p ? p.name : id;
  }
  function names(ids) {
    if (!ids || !ids.length) return 'nobody yet';
    var n = ids.map(name);
    return n.length === 1 ? n[0] : n.slice(0, -1).join(', ') + ' and ' + n[n.length - 1];
  }
  function hasRole(p, r) { return !!(p && p.roles && p.roles.indexOf(r) >= 0); }
  function mins(ms) {
    var m = Math.floor(ms / 60000);
    if (m < 1) return 'less than 1 minute';
    if (m === 1) return '1 minute';
    if (m < 120) return m + ' minutes';
    return Math.floor(m / 60) + ' hours ' + (m % 60) + ' minutes';
  }
  function btn(act, label, attrs, opts) {
    opts = opts || {};
    var a = ' data-act="' + act + '"';
    Object.keys(attrs || {}).forEach(function (k) { a += ' data-' + k + '="' + esc(attrs[k]) + '"'; });
    var key = (opts.prefix || '') + act + '-' + Object.keys(attrs || {}).map(function (k) { return attrs[k]; }).join('-');
    return '<button type="button" class="btn small' + (opts.go ? ' go' : '') + '"' + a + ' data-key="' + esc(key) +
      '" data-testid="' + esc(key) + '">' + icon(opts.icon || 'tick') + '<span>' + esc(label) +
      (opts.sr ? '<span class="sr-only">: ' + esc(opts.sr) + '</span>' : '') + '</span></button>';
  }
  function badge(cls, ic, text) {
    return '<span class="badge ' + cls + '">' + icon(ic) + '<span>' + esc(text) + '</span></span>';
  }

  // patch replaces a region's HTML only when it changed, and keeps focus,
  // open panels and boxes someone has ticked.
  function patch(id, html) {
    var box = document.getElementById(id);
    if (!box || box._html === html) return;
    var active = document.activeElement;
    var fkey = active && box.contains(active) ? active.getAttribute('data-key') : null;
    var open = {}, checks = {};
    box.querySelectorAll('details[data-key]').forEach(function (d) { if (d.open) open[d.getAttribute('data-key')] = 1; });
    box.querySelectorAll('[data-panel]').forEach(function (d) { if (!d.hidden) open[d.getAttribute('data-key')] = 1; });
    box.querySelectorAll('input[data-key]').forEach(function (c) {
      if (c.getAttribute('data-touched')) checks[c.getAttribute('data-key')] = c.checked;
    });
    box.innerHTML = html;
    box._html = html;
    Object.keys(open).forEach(function (k) {
      var d = box.querySelector('[data-key="' + CSS.escape(k) + '"]');
      if (!d) return;
      if (d.hasAttribute('data-panel')) {
        d.hidden = false;
        var tb = box.querySelector('[aria-controls="' + CSS.escape(d.id) + '"]');
        if (tb) tb.setAttribute('aria-expanded', 'true');
      } else d.open = true;
    });
    Object.keys(checks).forEach(function (k) {
      var c = box.querySelector('input[data-key="' + CSS.escape(k) + '"]');
      if (c) { c.checked = checks[k]; c.setAttribute('data-touched', '1'); }
    });
    if (fkey) {
      var f = box.querySelector('[data-key="' + CSS.escape(fkey) + '"]');
      if (f) f.focus();
    }
  }

  /* ---------- drawing ---------- */

  function renderAll() {
    if (!state) return;
    var t = document.getElementById('title');
    t.textContent = state.title;
    document.title = state.title + ' - Live now - Clubnight';
    var when = [];
    if (state.date) {
      var d = new Date(state.date + 'T12:00:00');
      when.push(isNaN(d) ? state.date : d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }));
    }
    if (state.venue) when.push(state.venue);
    document.getElementById('when').textContent = when.join('. ');
    renderSummary();
    renderNeedsNow();
    renderProblems();
    renderJobs();
    renderBriefing();
    renderPeople();
    renderRides();
    renderActivity();
    renderTexts();
    renderForms();
  }

  function renderSummary() {
    var jobs = state.jobs, done = jobs.filter(function (j) { return j.status === 'done'; });
    var com = done.filter(function (j) { return hasRole(person(j.done_by), 'committee'); }).length;
    var open = state.problems.filter(function (p) { return p.status !== 'sorted'; }).length;
    var here = state.people.filter(function (p) { return p.checked_in; }).length;
    var waiting = state.rides.filter(function (r) { return r.status !== 'gone'; }).length;
    var late = state.rides.filter(isLate).length;
    var pct = done.length ? Math.round(100 * com / done.length) : 0;
    function tile(ic, num, lbl, testid) {
      return '<li data-testid="' + testid + '">' + icon(ic) + '<span><span class="num">' + esc(num) + '</span><span class="lbl">' + esc(lbl) + '</span></span></li>';
    }
    patch('summary',
      tile('tick', done.length + ' of ' + jobs.length, 'jobs done', 'sum-jobs') +
      (done.length ? tile('people', com + ' of ' + done.length, 'done by the committee, ' + pct + '%', 'sum-committee')
        : tile('people', 'No jobs', 'done yet', 'sum-committee')) +
      tile('problem', String(open), open === 1 ? 'problem to sort' : 'problems to sort', 'sum-problems') +
      tile('person', here + ' of ' + state.people.length, 'team members here', 'sum-here') +
      tile('car', String(waiting), (waiting === 1 ? 'ride home to go' : 'rides home to go') + (late ? ', ' + late + ' late' : ''), 'sum-rides'));
  }

  function problemLine(p) {
    var now = Date.now(), raised = new Date(p.raised_at).getTime();
    var esc_after = (state.escalate_after_seconds || 180) * 1000;
    var lines = [];
    lines.push('Raised by ' + name(p.raised_by) + ' ' + (SOURCES[p.source] || '') + ' at ' + CN.clock(p.raised_at) + '.');
    if (p.status === 'open') {
      var age = now - raised;
      if (age >= esc_after) lines.push('Nobody is on it after ' + mins(age) + '. More people have been texted.');
      else lines.push('Nobody is on it yet. Open for ' + mins(age) + '. More people are texted after ' + mins(esc_after) + '.');
    } else if (p.status === 'claimed') {
      lines.push(name(p.claimed_by) + ' is on it, since ' + CN.clock(p.claimed_at) + '. Open for ' + mins(now - raised) + '.');
    } else {
      lines.push('Sorted by ' + name(p.sorted_by) + ' at ' + CN.clock(p.sorted_at) + '.');
    }
    // Who the hub has texted, and how wide the alert has gone.
    if (p.status !== 'sorted' && p.alerted && p.alerted.length) {
      var wide = ['the team on duty', 'the staff', 'everyone on the team'][p.step || 0] || 'everyone on the team';
      lines.push('Texted so far: ' + p.alerted.map(function (id) { return name(id); }).join(', ') + '. The alert has gone to ' + wide + '.');
    }
    if (p.status !== 'sorted' && (p.kind === 'unwell' || p.kind === 'missing')) lines.push('If it is an emergency, call 999.');
    return lines;
  }

  // byAge puts the oldest first: the one waiting longest needs someone most.
  function byAge(a, b) { return new Date(a.raised_at).getTime() - new Date(b.raised_at).getTime(); }
  function problemName(p) {
    var kind = KINDS[p.kind] || 'A problem';
    return p.text && p.text !== kind ? kind + ': \u201c' + p.text + '\u201d' : kind;
  }
  function problemByID(id) {
    for (var i = 0; i < state.problems.length; i++) if (state.problems[i].id === id) return state.problems[i];
    return null;
  }

  // renderNeedsNow is the top of the page: what needs someone now, so staff
  // see it at a glance. Problems nobody is on (oldest first), late rides,
  // and texts nobody has read.
  function renderNeedsNow() {
    var h = '', n = 0;
    var open = state.problems.filter(function (p) { return p.status === 'open'; }).sort(byAge);
    var late = state.rides.filter(isLate);
    var texts = inbox && inbox.connected ? inbox.items.length : 0;
    if (open.length || late.length || texts) h += '<ul class="items">';
    open.forEach(function (p) {
      n++;
      h += '<li class="is-open" data-testid="now-problem-' + esc(p.id) + '"><div class="item"><div class="what"><span class="main">' + esc(problemName(p)) + '</span>' +
        '<span class="sub">Nobody is on it. Open for ' + esc(mins(Date.now() - new Date(p.raised_at).getTime())) + '. Raised by ' + esc(name(p.raised_by)) + '.</span></div>' +
        badge('open', 'problem', 'Nobody on it') + '<div class="acts">' +
        btn('claim', "I'm on it", { problem: p.id }, { icon: 'person', sr: p.text, prefix: 'now-' }) + '</div></div></li>';
    });
    late.forEach(function (r) {
      n++;
      var w = (r.waiting_with || []).length ? 'Waiting with ' + names(r.waiting_with) + '.' : 'Nobody is waiting with them yet.';
      h += '<li class="is-late" data-testid="now-ride-' + esc(r.id) + '"><div class="item"><div class="what"><span class="main">' + esc(r.name) + "'s ride is late" + '</span>' +
        '<span class="sub">Due at ' + esc(r.at) + '. ' + esc(w) + '</span></div>' + badge('late', 'late', 'Late') + '<div class="acts">' +
        (me.person && (r.waiting_with || []).indexOf(me.person) < 0 ? btn('wait_with', "I'll wait with them", { ride: r.id }, { icon: 'person', sr: r.name, prefix: 'now-' }) : '') +
        btn('ride_gone', 'Gone home', { ride: r.id }, { go: true, icon: 'home', sr: r.name, prefix: 'now-' }) + '</div></div></li>';
    });
    if (texts) {
      n++;
      h += '<li data-testid="now-texts"><div class="item"><div class="what"><span class="main">' + (texts === 1 ? '1 text to read' : texts + ' texts to read') + '</span>' +
        '<span class="sub"><a href="#h-texts">Read them under Texts to read</a></span></div></div></li>';
    }
    if (n) h += '</ul>';
    else h = '<p>' + icon('star') + ' Nothing needs someone right now.</p>';
    patch('needsnow', h);
  }

  function renderProblems() {
    // Nobody on it first, then someone on it; the oldest first in each.
    var open = state.problems.filter(function (p) { return p.status === 'open'; }).sort(byAge)
      .concat(state.problems.filter(function (p) { return p.status === 'claimed'; }).sort(byAge));
    var sorted = state.problems.filter(function (p) { return p.status === 'sorted'; });
    var h = '';
    if (state.texts_down) {
      // Texts cannot go out (a Twilio outage): people must call instead.
      // Asking more people waits meanwhile (sms/escalate.go), so say so.
      h += '<p class="warn" role="alert" data-testid="texts-down">' + icon('phone') + ' Texts are not going out. Call people.' +
        ' More people are asked when texts work again.</p>';
    }
    if (!open.length) h += '<p>' + icon('star') + ' No problems right now.</p>';
    else {
      h += '<ul class="items">';
      open.forEach(function (p) {
        var lines = problemLine(p);
        var repeats = state.problems.filter(function (x) { return x.same_as === p.id; });
        if (repeats.length) lines.push('Also raised by ' + names(repeats.map(function (x) { return x.raised_by; })) + '.');
        var others = open.filter(function (x) { return x.id !== p.id; });
        var same = '';
        if (others.length) {
          same = '<button type="button" class="btn small" data-act="toggle" aria-expanded="false" aria-controls="same-' + esc(p.id) + '" data-key="toggle-same-' + esc(p.id) +
            '" data-testid="same-as-' + esc(p.id) + '">' + icon('copy') + '<span>Same as another<span class="sr-only">: ' + esc(p.text) + '</span></span></button>';
          same += '<div class="assignpanel" id="same-' + esc(p.id) + '" data-panel data-key="same-' + esc(p.id) + '" hidden><fieldset><legend>This is the same as</legend><div class="chips">' +
            others.map(function (o) {
              return '<label class="chk"><input type="radio" name="same-' + esc(p.id) + '" value="' + esc(o.id) + '" data-key="same-' + esc(p.id) + '-' + esc(o.id) + '" data-testid="same-' + esc(p.id) + '-' + esc(o.id) + '"><span>' + esc(problemName(o)) +
                ', raised by ' + esc(name(o.raised_by)) + '</span></label>';
            }).join('') + '</div></fieldset><div class="actions">' +
            btn('same', 'Mark as the same', { problem: p.id }, { go: true, icon: 'tick', sr: p.text }) + '</div></div>';
        }
        h += '<li class="' + (p.status === 'open' ? 'is-open' : 'is-claimed') + '" data-testid="problem-' + esc(p.id) + '"><div class="item">' +
          '<div class="what"><span class="main">' + esc(problemName(p)) + '</span>' +
          lines.map(function (l) { return '<span class="sub">' + esc(l) + '</span>'; }).join('') + '</div>' +
          (p.status === 'open' ? badge('open', 'problem', 'Nobody on it') : badge('claimed', 'person', 'Someone is on it')) +
          '<div class="acts">' +
          (p.status === 'open' ? btn('claim', "I'm on it", { problem: p.id }, { icon: 'person', sr: p.text }) : '') +
          btn('sort', 'Sorted', { problem: p.id }, { go: true, sr: p.text }) +
          '</div></div>' + (same ? '<div class="acts rowacts">' + same + '</div>' : '') + '</li>';
      });
      h += '</ul>';
    }
    if (sorted.length) {
      h += '<details class="add" data-key="sorted-list"><summary>' + icon('tick') + '<span>Sorted problems (' + sorted.length + ')</span></summary><ul class="items">';
      sorted.forEach(function (p) {
        var orig = p.same_as && problemByID(p.same_as);
        var lines = orig ? ['The same as: ' + problemName(orig) + ', raised by ' + name(orig.raised_by) + '.'] : problemLine(p);
        h += '<li data-testid="problem-' + esc(p.id) + '"><div class="item"><div class="what"><span class="main">' + esc(problemName(p)) + '</span>' +
          lines.map(function (l) { return '<span class="sub">' + esc(l) + '</span>'; }).join('') + '</div>' +
          (orig ? badge('sorted', 'copy', 'Same problem') : badge('sorted', 'tick', 'Sorted')) + '</div></li>';
      });
      h += '</ul></details>';
    }
    patch('problems', h);
  }

  function renderJobs() {
    var h = '';
    PHASES.forEach(function (ph) {
      var jobs = state.jobs.filter(function (j) { return j.phase === ph[0]; });
      if (!jobs.length) return;
      var done = jobs.filter(function (j) { return j.status === 'done'; }).length;
      h += '<h3 class="phase">' + esc(ph[1]) + ' <span class="soft">(' + done + ' of ' + jobs.length + ' done)</span></h3>';
      // Jobs still to do are listed; done ones fold away under one line.
      var todo = jobs.filter(function (j) { return j.status !== 'done'; });
      var gone = jobs.filter(function (j) { return j.status === 'done'; });
      h += todo.length ? '<ul class="items">' + todo.map(jobItem).join('') + '</ul>' : '<p>' + icon('tick') + ' All done.</p>';
      if (gone.length) {
        h += '<details class="add" data-key="done-' + ph[0] + '" data-testid="done-' + ph[0] + '"><summary>' + icon('tick') + '<span>' +
          (gone.length === 1 ? '1 job done' : gone.length + ' jobs done') + '<span class="sr-only"> in ' + esc(ph[1]) + '</span></span></summary><ul class="items">' +
          gone.map(jobItem).join('') + '</ul></details>';
      }
    });
    if (!state.jobs.length) h = '<p>There are no jobs on this night.</p>';
    patch('jobs', h);
  }

  // jobItem is one job: what, for whom, its state and what can be done.
  function jobItem(j) {
    var h = '';
    var st;
    if (j.status === 'done') st = badge('done', 'tick', 'Done');
    else if (j.status === 'doing') st = badge('doing', 'doing', 'Being done');
    else st = badge('todo', 'todo', 'Not started');
    var sub = '<span class="sub">For ' + esc(names(j.who)) + '</span>';
    if (j.status === 'done') sub += '<span class="sub">Done by ' + esc(name(j.done_by)) + (j.done_at ? ' at ' + CN.clock(j.done_at) : '') + '</span>';
    else if (j.status === 'doing') sub += '<span class="sub">' + esc(name(j.started_by)) + ' is doing it</span>';
    var acts = '';
    if (j.status === 'todo') acts += btn('doing', "I'm doing it", { job: j.number }, { icon: 'doing', sr: 'job ' + j.number });
    if (j.status !== 'done') acts += btn('done', 'Done', { job: j.number }, { go: true, sr: 'job ' + j.number });
    var chips = state.people.map(function (p) {
      var k = 'assign-' + j.number + '-' + p.id;
      return '<label class="chk"><input type="checkbox" data-key="' + esc(k) + '" data-person="' + esc(p.id) + '"' +
        (j.who.indexOf(p.id) >= 0 ? ' checked' : '') + '><span>' + esc(p.name) + '</span></label>';
    }).join('');
    h += '<li data-testid="job-' + j.number + '"><div class="item"><span class="jobno" aria-hidden="true">' + j.number + '</span>' +
      '<div class="what"><span class="main"><span class="sr-only">Job ' + j.number + ': </span>' + esc(j.title) + '</span>' + sub + '</div>' +
      st + '</div><div class="acts rowacts">' + acts +
      '<button type="button" class="btn small" data-act="toggle" aria-expanded="false" aria-controls="assign-' + j.number + '" data-key="toggle-' + j.number +
      '" data-testid="change-who-' + j.number + '">' + icon('people') + '<span>Change who<span class="sr-only"> does job ' + j.number + '</span></span></button></div>' +
      '<div class="assignpanel" id="assign-' + j.number + '" data-panel data-key="assign-' + j.number + '" hidden>' +
      '<fieldset><legend>Who does job ' + j.number + '?</legend><div class="chips">' + chips + '</div></fieldset>' +
      '<div class="actions">' + btn('assign', 'Save who does it', { job: j.number }, { go: true, icon: 'tick', sr: 'job ' + j.number }) + '</div>' +
      '</div></li>';
    return h;
  }

  function renderBriefing() {
    if (!state.briefing.length) { patch('briefing', '<p>There is no briefing on this night.</p>'); return; }
    var h = '<ul class="items">';
    state.briefing.forEach(function (b, i) {
      h += '<li data-testid="brief-' + i + '"><div class="item"><div class="what"><span class="main">' + (i + 1) + '. ' + esc(b.title) + '</span>' +
        '<span class="sub">Said by ' + esc(names(b.who)) + '</span></div>' +
        (b.delivered ? badge('done', 'tick', 'Done') : badge('todo', 'todo', 'Not yet') + '<div class="acts">' + btn('briefed', 'Done', { index: i }, { go: true, sr: 'briefing point ' + (i + 1) }) + '</div>') +
        '</div></li>';
    });
    patch('briefing', h + '</ul>');
  }

  function renderPeople() {
    var h = '<ul class="items">';
    state.people.forEach(function (p) {
      var roles = (p.roles || []).join(', ');
      h += '<li data-testid="person-' + esc(p.id) + '"><div class="item">' +
        '<div class="what"><span class="main">' + esc(p.name) + (p.id === me.person ? ' (you)' : '') + '</span>' +
        (roles ? '<span class="sub">' + esc(roles) + '</span>' : '') + '</div>' +
        (p.checked_in ? badge('here', 'tick', 'Here') : badge('todo', 'home', 'Not here')) +
        (p.opted_out ? ' ' + badge('off', 'off', 'No texts') : '') +
        '<div class="acts">' +
        (p.checked_in ? btn('check_out', 'Check out', { person: p.id }, { icon: 'signout', sr: p.name })
          : btn('check_in', 'Check in', { person: p.id }, { icon: 'tick', sr: p.name })) +
        '</div></div></li>';
    });
    patch('people', h + '</ul>');
  }

  function dueMs(r) {
    if (!r.at || !state.date) return null;
    var d = new Date(state.date + 'T' + r.at + ':00');
    return isNaN(d) ? null : d.getTime();
  }
  function isLate(r) {
    if (r.status === 'late') return true;
    if (r.status !== 'waiting') return false;
    var due = dueMs(r);
    return due !== null && Date.now() > due + 10 * 60000;
  }

  function renderRides() {
    if (!state.rides.length) { patch('rides', '<p>There are no rides home on this night.</p>'); return; }
    var h = '<ul class="items">';
    state.rides.forEach(function (r) {
      var late = isLate(r);
      var st;
      if (r.status === 'gone') st = badge('gone', 'home', 'Gone home' + (r.gone_at ? ' at ' + CN.clock(r.gone_at) : ''));
      else if (r.status === 'late') st = badge('late', 'late', 'Late');
      else if (late) st = badge('late', 'late', 'Overdue');
      else st = badge('waiting', 'clock', 'Waiting');
      var sub = (r.pickup ? r.pickup.charAt(0).toUpperCase() + r.pickup.slice(1) + ' at ' : 'At ') + r.at + (r.note ? '. ' + r.note : '');
      var acts = '';
      if (r.status !== 'gone') acts += btn('ride_gone', 'Gone home', { ride: r.id }, { go: true, icon: 'home', sr: r.name });
      if (r.status === 'waiting') acts += btn('ride_late', 'Ride is late', { ride: r.id }, { icon: 'late', sr: r.name });
      if (r.status === 'late') acts += btn('ride_wait', 'Waiting again', { ride: r.id }, { icon: 'clock', sr: r.name });
      if (r.status !== 'gone' && me.person && (r.waiting_with || []).indexOf(me.person) < 0) acts += btn('wait_with', "I'll wait with them", { ride: r.id }, { icon: 'person', sr: r.name });
      h += '<li' + (late ? ' class="is-late"' : '') + ' data-testid="ride-' + esc(r.id) + '"><div class="item">' +
        '<div class="what"><span class="main">' + esc(r.name) + '</span><span class="sub">' + esc(sub) + '</span>' +
        ((r.waiting_with || []).length ? '<span class="sub">Waiting with ' + esc(names(r.waiting_with)) + '</span>' : '') + '</div>' +
        st + '<div class="acts">' + acts + '</div></div></li>';
    });
    patch('rides', h + '</ul>');
  }

  function renderActivity() {
    var items = state.activity.slice(-100).reverse();
    var h = items.map(function (a) {
      // Clubnight itself is named once, not "Clubnight by Clubnight".
      var src = a.by ? name(a.by) + ' ' + (SOURCES[a.source] || '') : (a.source === 'system' ? 'Clubnight' : 'The organiser ' + (SOURCES[a.source] || ''));
      return '<li><span class="t">' + esc(CN.clock(a.at)) + '</span><div><span>' + esc(a.text) + '</span>' +
        '<span class="src">' + esc(src.trim()) + '</span></div></li>';
    }).join('');
    patch('activity', h || '<li>Nothing has happened yet.</li>');
  }

  function renderTexts() {
    var h = '';
    var opted = state ? state.people.filter(function (p) { return p.opted_out; }) : [];
    if (inbox && !inbox.connected) h += '<p>Texts are not connected on this Clubnight.</p>';
    else if (inbox) {
      var groups = [
        ['unknown_number', 'From numbers not on the team'],
        ['not_understood', 'Texts nobody understood'],
        ['failed', 'Texts that did not arrive']];
      groups.forEach(function (g) {
        var items = inbox.items.filter(function (it) { return it.kind === g[0]; });
        if (!items.length) return;
        h += '<h3>' + esc(g[1]) + ' (' + items.length + ')</h3><ul class="items">';
        items.slice(0, 20).forEach(function (it) {
          var who = it.name || it.from || 'Someone';
          h += '<li><div class="what"><span class="sub">' + esc(CN.clock(it.at)) + '. ' + esc(g[0] === 'failed' ? 'To ' + who : who) + '</span>' +
            (it.text ? '<q class="quote">' + esc(it.text) + '</q>' : '') +
            (it.detail ? '<span class="sub">' + esc(it.detail) + '</span>' : '') +
            (g[0] === 'not_understood' ? meaningForm(it) : '') + '</div></li>';
        });
        h += '</ul>';
      });
      if (!h) h += '<p>' + icon('tick') + ' No texts to read.</p>';
    } else h += '<p class="soft">Loading the texts.</p>';
    h += '<h3>Asked for no more texts</h3>';
    if (!opted.length) h += '<p>Nobody.</p>';
    else h += '<ul class="items">' + opted.map(function (p) { return '<li>' + badge('off', 'off', 'No texts') + ' ' + esc(p.name) + '</li>'; }).join('') + '</ul>';
    patch('texts', h);
  }

  // meaningForm lets anyone on the team say what a text nobody understood
  // meant. Clubnight does it, as the sender, and learns the words.
  function meaningForm(it) {
    if (!it.id || !it.person || !cfg.resolve) return '';
    if (it.resolved) return '<span class="sub">' + icon('tick') + ' Read. Clubnight knows these words now.</span>';
    var opts = '<option value="">Choose</option>';
    var mine = state.jobs.filter(function (j) { return j.who.indexOf(it.person) >= 0; });
    var jobs = mine.concat(state.jobs.filter(function (j) { return mine.indexOf(j) < 0; }));
    opts += '<optgroup label="A job is done">' + jobs.map(function (j) {
      return '<option value="done:' + j.number + '">Done: ' + esc(j.title) + '</option>';
    }).join('') + '</optgroup>';
    opts += '<optgroup label="A job is started">' + jobs.map(function (j) {
      return '<option value="doing:' + j.number + '">Started: ' + esc(j.title) + '</option>';
    }).join('') + '</optgroup>';
    opts += '<optgroup label="A problem">' + (cfg.kinds || []).map(function (k) {
      return '<option value="problem:' + esc(k.kind) + '">' + esc(k.words) + '</option>';
    }).join('') + '</optgroup>';
    opts += '<optgroup label="Something else">' +
      '<option value="claim">I am on a problem</option>' +
      '<option value="sorted">A problem is sorted</option>' +
      '<option value="here">I am here</option>' +
      '<option value="leaving">I am going home</option>' +
      '<option value="jobs">Send me my jobs</option>' +
      '<option value="status">What is next?</option>' +
      '<option value="none">Nothing to do</option></optgroup>';
    var id = 'meaning-' + esc(it.id);
    return '<form class="resolve" data-id="' + esc(it.id) + '">' +
      '<label for="' + id + '">What did it mean?</label>' +
      '<select id="' + id + '" name="meaning" required>' + opts + '</select>' +
      '<button class="btn go" type="submit">' + icon('tick') + '<span>Do it and learn the words</span></button></form>';
  }

  document.addEventListener('submit', function (e) {
    var f = e.target;
    if (!f.classList || !f.classList.contains('resolve')) return;
    e.preventDefault();
    var v = f.meaning.value;
    if (!v) { CN.feedback('Please choose what the text meant.', 'error'); return; }
    var parts = v.split(':'), m = { kind: parts[0] };
    if (parts[0] === 'done' || parts[0] === 'doing') m.job = Number(parts[1]);
    if (parts[0] === 'problem') m.problem_kind = parts[1];
    CN.feedback('Saving.', 'wait');
    CN.api('POST', cfg.resolve, { night: cfg.night || (state && state.id), id: f.getAttribute('data-id'), meaning: m }).then(function (r) {
      if (!r._ok) { CN.feedback(r.error || 'That did not work. Please try again.', 'error'); return; }
      CN.feedback('Done. Clubnight will understand these words next time.', 'ok');
      pollInbox();
    });
  });

  var formsPeople = null;
  function renderForms() {
    var sel = document.getElementById('raise-kind');
    if (sel && !sel.options.length) {
      (cfg.kinds || []).forEach(function (k) {
        var o = document.createElement('option');
        o.value = k.kind; o.textContent = k.words;
        sel.appendChild(o);
      });
    }
    var key = state.people.map(function (p) { return p.id + ':' + p.name; }).join('|');
    if (key === formsPeople) return;
    formsPeople = key;
    patch('addjob-who', state.people.map(function (p) {
      return '<label class="chk"><input type="checkbox" name="who" value="' + esc(p.id) + '" data-key="addjob-' + esc(p.id) + '"><span>' + esc(p.name) + '</span></label>';
    }).join(''));
  }

  /* ---------- the stream ---------- */

  function setConn(on, text) {
    connected = on;
    var c = document.getElementById('conn');
    c.className = 'conn' + (on ? ' on' : '');
    c.innerHTML = icon(on ? 'live' : 'clock') + '<span>' + esc(on ? 'Live: changes show at once' : (text || 'Reconnecting')) + '</span>';
  }

  function wsURL() {
    var q = [];
    if (cfg.night) q.push('night=' + encodeURIComponent(cfg.night));
    if (state && seq > 0) q.push('since=' + seq + (epoch ? '&epoch=' + encodeURIComponent(epoch) : ''));
    return (location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host + cfg.ws + (q.length ? '?' + q.join('&') : '');
  }

  function connect() {
    try { sock = new WebSocket(wsURL()); } catch (e) { retry(); return; }
    sock.onopen = function () { backoff = 500; setConn(true); };
    sock.onmessage = function (m) {
      var msg;
      try { msg = JSON.parse(m.data); } catch (e) { return; }
      handle(msg);
    };
    sock.onclose = function (e) {
      sock = null;
      setConn(false, 'Reconnecting');
      if (e.code === 1012) { state = null; seq = 0; } // the live night changed
      Object.keys(pending).forEach(function (id) { delete pending[id]; });
      retry();
    };
  }
  function retry() {
    setTimeout(connect, backoff);
    backoff = Math.min(backoff * 2, 10000);
  }
  function reconnectNow() {
    if (sock) { sock.onclose = null; sock.close(); sock = null; }
    connect();
  }

  // tidy makes sure every list the page reads is a list, so a state with a
  // null or missing list (an older hub, a bad command) cannot blank it.
  function arr(v) { return Array.isArray(v) ? v : []; }
  function tidyItem(x) {
    if (x && typeof x === 'object') {
      if ('who' in x || x.number != null || x.title != null) x.who = arr(x.who);
      if (x.roles !== undefined || x.checked_in !== undefined) x.roles = arr(x.roles);
    }
    return x;
  }
  function tidy(st) {
    if (!st || typeof st !== 'object') return st;
    ['jobs', 'problems', 'rides', 'people', 'briefing', 'timeline', 'activity'].forEach(function (k) {
      st[k] = arr(st[k]).filter(function (x) { return x && typeof x === 'object'; });
    });
    st.jobs.forEach(tidyItem); st.people.forEach(tidyItem); st.briefing.forEach(tidyItem);
    return st;
  }

  function upsert(list, item, key) {
    tidyItem(item);
    for (var i = 0; i < list.length; i++) if (list[i][key] === item[key]) { list[i] = item; return; }
    list.push(item);
  }

  function apply(ev) {
    if (ev.state) {
      state = tidy(ev.state);
      return;
    }
    if (ev.job) upsert(state.jobs, ev.job, 'number');
    if (ev.problem) upsert(state.problems, ev.problem, 'id');
    if (ev.ride) upsert(state.rides, ev.ride, 'id');
    if (ev.person) upsert(state.people, ev.person, 'id');
    if (ev.briefing && ev.index != null) state.briefing[ev.index] = tidyItem(ev.briefing);
    if (ev.escalate_after_seconds) state.escalate_after_seconds = ev.escalate_after_seconds;
    if (ev.activity) {
      state.activity.push(ev.activity);
      if (state.activity.length > 500) state.activity.shift();
    }
    state.seq = ev.seq;
  }

  function handle(msg) {
    switch (msg.type) {
      case 'snapshot':
        state = tidy(msg.night);
        seq = msg.seq;
        epoch = typeof msg.epoch === 'string' ? msg.epoch : '';
        setConn(true);
        renderAll();
        break;
      case 'event':
        if (!state || msg.seq <= seq) return;
        if (msg.seq !== seq + 1) { reconnectNow(); return; } // a gap: ask again with since
        apply(msg);
        seq = msg.seq;
        renderAll();
        break;
      case 'ack':
        finish(msg.id, null);
        break;
      case 'error':
        finish(msg.id, msg.message || 'That did not work.');
        break;
    }
  }

  /* ---------- acting ---------- */

  function send(cmd, label, onOK, kind) {
    if (!sock || sock.readyState !== 1) {
      CN.feedback('Not connected just now. Please wait a moment and try again.', 'error');
      return;
    }
    cmdN++;
    cmd.id = 'dash-' + Date.now().toString(36) + '-' + cmdN + '-' + Math.random().toString(36).slice(2, 8);
    pending[cmd.id] = { label: label, type: cmd.type, ok: onOK, kind: kind };
    sock.send(JSON.stringify({ type: 'command', command: cmd }));
    CN.feedback('Saving.', 'wait');
  }

  function finish(id, err) {
    var p = pending[id];
    delete pending[id];
    if (err) { CN.feedback(err, 'error'); return; }
    if (!p) return;
    if (p.ok) p.ok();
    var undo = null;
    if (me.person && UNDOABLE[p.type]) {
      undo = { label: 'Undo', icon: 'undo', run: function () { send({ type: 'undo' }, 'Taken back.'); } };
    }
    CN.feedback(p.label, p.kind || 'ok', undo);
  }

  function jobTitle(n) {
    var j = state.jobs[n - 1];
    return 'Job ' + n + (j ? ' (' + j.title + ')' : '');
  }

  document.addEventListener('change', function (e) {
    if (e.target.matches && e.target.matches('input[data-key]')) {
      // A radio's neighbours are touched too: the one now unticked must stay so.
      if (e.target.type === 'radio' && e.target.form == null && e.target.name) {
        document.querySelectorAll('input[type=radio][name="' + CSS.escape(e.target.name) + '"]').forEach(function (r) { r.setAttribute('data-touched', '1'); });
      }
      e.target.setAttribute('data-touched', '1');
    }
  });

  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-act]');
    if (!b || !state) return;
    var act = b.getAttribute('data-act');
    var job = parseInt(b.getAttribute('data-job'), 10);
    var prob = b.getAttribute('data-problem'), ride = b.getAttribute('data-ride'), pid = b.getAttribute('data-person');
    var r = ride && state.rides.filter(function (x) { return x.id === ride; })[0];
    switch (act) {
      case 'undo': send({ type: 'undo' }, 'Your last change is taken back.'); break;
      case 'done': send({ type: 'done', job: job }, jobTitle(job) + ' is done.'); break;
      case 'doing': send({ type: 'doing', job: job }, jobTitle(job) + ' is being done.'); break;
      case 'claim': send({ type: 'claim', problem: prob }, 'You are on it. Thank you.'); break;
      case 'sort': send({ type: 'sort', problem: prob }, 'The problem is sorted.'); break;
      case 'same':
        var pick = b.closest('[data-panel]').querySelector('input[type=radio]:checked');
        if (!pick) { CN.feedback('Choose the problem it is the same as.', 'error'); break; }
        send({ type: 'sort', problem: prob, same_as: pick.value }, 'Marked as the same problem. Nobody is texted about it again.');
        break;
      case 'check_in': send({ type: 'check_in', person: pid }, name(pid) + ' is here.'); break;
      case 'check_out': send({ type: 'check_out', person: pid }, name(pid) + ' has gone home.'); break;
      case 'ride_gone': send({ type: 'ride_gone', ride: ride }, (r ? r.name : 'They') + ' has gone home.'); break;
      // A late ride is raised as a problem about it, so the people on duty
      // for home time are texted.
      case 'ride_late': send({ type: 'raise', kind: 'taxi', ride: ride }, (r ? r.name + "'s" : 'The') + ' ride is late. The team is told.', null, 'late'); break;
      case 'ride_wait': send({ type: 'ride_wait', ride: ride }, (r ? r.name : 'They') + ' is waiting again.'); break;
      case 'wait_with': send({ type: 'wait_with', ride: ride }, 'You are waiting with ' + (r ? r.name : 'them') + '.'); break;
      case 'briefed':
        var idx = parseInt(b.getAttribute('data-index'), 10);
        send({ type: 'briefed', index: idx }, 'Briefing point ' + (idx + 1) + ' is done.');
        break;
      case 'toggle':
        var panel = document.getElementById(b.getAttribute('aria-controls'));
        panel.hidden = !panel.hidden;
        b.setAttribute('aria-expanded', String(!panel.hidden));
        break;
      case 'assign':
        var box = b.closest('[data-panel]');
        var who = [];
        box.querySelectorAll('input[type=checkbox][data-person]').forEach(function (c) { if (c.checked) who.push(c.getAttribute('data-person')); });
        send({ type: 'assign_job', job: job, who: who }, jobTitle(job) + ' is for ' + names(who) + ' now.', function () {
          box.querySelectorAll('input[data-touched]').forEach(function (c) { c.removeAttribute('data-touched'); });
          box.hidden = true;
          var tb = document.querySelector('[aria-controls="' + box.id + '"]');
          if (tb) { tb.setAttribute('aria-expanded', 'false'); tb.focus(); }
        });
        break;
    }
  });

  function onSubmit(id, fn) {
    var f = document.getElementById(id);
    if (f) f.addEventListener('submit', function (e) { e.preventDefault(); if (state) fn(f); });
  }
  onSubmit('raise-form', function (f) {
    send({ type: 'raise', kind: f.kind.value, text: f.text.value.trim() }, 'The problem is raised. The team is told.', function () {
      f.reset();
      document.getElementById('raise').open = false;
    });
  });
  onSubmit('addjob-form', function (f) {
    var title = f.title.value.trim();
    if (!title) { CN.feedback('Please say what the job is.', 'error'); f.title.focus(); return; }
    var who = [];
    f.querySelectorAll('input[name=who]').forEach(function (c) { if (c.checked) who.push(c.value); });
    send({ type: 'add_job', title: title, phase: f.phase.value, who: who }, 'The job "' + title + '" is added.', function () {
      f.reset();
      f.querySelectorAll('input[data-touched]').forEach(function (c) { c.removeAttribute('data-touched'); });
    });
  });
  onSubmit('addride-form', function (f) {
    var n = f.name.value.trim();
    if (!n || !f.time.value) { CN.feedback('Please give the name and the time.', 'error'); return; }
    send({ type: 'add_ride', name: n, pickup: f.pickup.value.trim(), time: f.time.value.slice(0, 5), note: f.note.value.trim() },
      'The ride home for ' + n + ' is added.', function () { f.reset(); });
  });

  /* ---------- texts ---------- */

  function pollInbox() {
    var url = cfg.inbox + (cfg.night ? '?night=' + encodeURIComponent(cfg.night) : '');
    CN.api('GET', url).then(function (r) {
      if (r._ok) inbox = { connected: r.connected, items: r.items || [] };
      if (state) { renderTexts(); renderNeedsNow(); }
    });
  }

  connect();
  pollInbox();
  setInterval(pollInbox, 5000);
  setInterval(function () { if (state) { renderNeedsNow(); renderProblems(); renderRides(); renderSummary(); } }, 20000);

  // For browser tests.
  window.clubnightDash = {
    state: function () { return state; },
    seq: function () { return seq; },
    connected: function () { return connected; }
  };
})();
