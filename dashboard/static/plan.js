/* Clubnight dashboard: the plan editor. It edits a night's plan as a set of
   lists (team, jobs, running order, briefing, rides home) with add and remove
   buttons, and saves the whole plan at once. Phone numbers are shown and
   sent only for organisers; the server keeps them for everyone else. */
(function () {
  'use strict';
  var CN = window.CN, cfg = CN.cfg, esc = CN.esc, icon = CN.icon;
  var form = document.getElementById('plan-form');
  if (!form) return;

  var isNew = !cfg.night;
  var organiser = !!(cfg.me && cfg.me.organiser);
  var plan = null, saved = {}, started = false, live = false, wiped = false;
  var dirty = false, idEdited = false, newN = 0, undoSnap = null;

  var ROLES = [['committee', 'Committee member'], ['staff', 'Staff'], ['volunteer', 'Volunteer'],
    ['organiser', 'Organiser (can see phone numbers)']];
  var PHASES = [['setup', 'Setting up'], ['briefing', 'Briefing'], ['during', 'During the night'], ['close', 'Closing']];

  function slug(s) {
    var out = String(s || '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
    return out || 'item';
  }
  function uniqueID(list, base, skip) {
    var id = base, n = 2;
    var taken = function (x) { return list.some(function (it, i) { return i !== skip && it.id === x; }); };
    while (taken(id)) { id = base + '-' + n; n++; }
    return id;
  }
  function field(id, label, input) {
    return '<div class="field"><label for="' + id + '">' + esc(label) + '</label>' + input + '</div>';
  }
  function input(id, path, value, type, extra) {
    return '<input id="' + id + '" type="' + (type || 'text') + '" data-path="' + path + '" value="' + esc(value) + '"' + (extra || '') + '>';
  }
  function rowButton(act, sec, i, label, ic, sr) {
    return '<button type="button" class="btn small" data-act="' + act + '" data-sec="' + sec + '" data-i="' + i + '" data-testid="' + act + '-' + sec + '-' + i + '">' +
      icon(ic) + '<span>' + esc(label) + '<span class="sr-only"> ' + esc(sr) + '</span></span></button>';
  }
  function whoChips(sec, i, who) {
    if (!plan.people.length) return '<p class="soft">Add people to the team first.</p>';
    return '<div class="chips">' + plan.people.map(function (p) {
      return '<label class="chk"><input type="checkbox" data-who="' + sec + '.' + i + '" value="' + esc(p.id) + '"' +
        (who.indexOf(p.id) >= 0 ? ' checked' : '') + '><span>' + esc(p.name || 'No name yet') + '</span></label>';
    }).join('') + '</div>';
  }
  function photoBlock(kind, sec, i, item) {
    var isSaved = !isNew && saved[sec] && saved[sec][item.id];
    var h = '<div class="photorow">';
    if (item.photo) h += '<img class="photo" src="' + esc(item.photo) + '" alt="Photo of ' + esc(item.name || item.title || '') + '">';
    if (isSaved) {
      var fid = 'ph-' + sec + '-' + i;
      h += '<div class="field"><label for="' + fid + '">' + (item.photo ? 'Change the photo' : 'Add a photo') + ' (JPEG or PNG, up to 5 MB)</label>' +
        '<input id="' + fid + '" type="file" accept="image/jpeg,image/png" data-photo="' + kind + '" data-sec="' + sec + '" data-i="' + i + '"></div>';
    } else {
      h += '<p class="soft">Save the plan first, then you can add a photo.</p>';
    }
    return h + '</div>';
  }

  /* ---------- drawing ---------- */

  function renderAll() {
    var h = '';
    h += '<nav aria-label="Parts of the plan"><ul class="jump">' + [['h-night', 'The night'], ['h-people', 'The team'], ['h-jobs', 'Jobs'],
      ['h-timeline', 'Running order'], ['h-briefing', 'Briefing'], ['h-rides', 'Rides home']].map(function (l) {
      return '<li><a href="#' + l[0] + '">' + esc(l[1]) + '</a></li>';
    }).join('') + '</ul></nav>';
    h += '<div id="plan-errors"></div>';
    h += '<div class="actions">' + '<button type="button" class="btn go" data-save data-testid="save-top">' + icon('tick') + '<span>Save the plan</span></button></div>';
    h += '<section class="card" aria-labelledby="h-night"><h2 id="h-night">' + icon('calendar') + '<span>The night</span></h2><div class="row"><div class="fields">' +
      field('f-date', 'Date', input('f-date', 'date', plan.date, 'date', ' data-testid="f-date"')) +
      field('f-title', 'Name of the night', input('f-title', 'title', plan.title, 'text', ' maxlength="120" data-testid="f-title"')) +
      field('f-venue', 'Where', input('f-venue', 'venue', plan.venue, 'text', ' maxlength="120"')) +
      '</div>';
    if (isNew) {
      h += '<details class="more"><summary>More settings</summary>' +
        field('f-id', 'Short name, used in links (letters, numbers and -)', input('f-id', 'id', plan.id, 'text', ' maxlength="64" data-testid="f-id"')) +
        '</details>';
    }
    h += '</div></section>';
    h += section('people', 'person', 'The team', 'Add a team member');
    h += section('jobs', 'list', 'Jobs', 'Add a job');
    h += section('timeline', 'clock', 'Running order', 'Add a time');
    h += section('briefing', 'people', 'Briefing', 'Add a briefing point');
    h += section('rides', 'car', 'Rides home', 'Add a ride home');
    h += '<div class="savebar" data-testid="savebar">';
    if (started && !isNew) {
      h += '<p class="soft" data-testid="live-edit-note">This night has started. Adding or taking off people, changing who does a job, and adding jobs or rides keep every tick.</p>' +
        '<label class="chk"><input type="checkbox" id="restart" data-testid="restart"><span>For other changes: start the night again when I save. Every tick is lost.</span></label>';
    }
    h += '<button type="button" class="btn go" id="save" data-save data-testid="save">' + icon('tick') + '<span>Save the plan</span></button>';
    if (!isNew && !live) {
      h += '<button type="button" class="btn" id="golive" data-testid="golive">' + icon('live') + '<span>Make this the live night</span></button>';
    }
    if (!isNew) h += '<a class="btn" href="/dashboard/report/' + encodeURIComponent(plan.id) + '">' + icon('print') + '<span>Report</span></a>';
    h += '<a class="btn" href="/dashboard/nights">' + icon('calendar') + '<span>Back to Nights</span></a>';
    h += '<span id="savestate" class="soft" data-testid="savestate">' + (dirty ? 'Not saved yet.' : '') + '</span>';
    h += '</div>';
    form.innerHTML = h;
    ['people', 'jobs', 'timeline', 'briefing', 'rides'].forEach(renderSection);
  }

  function section(sec, ic, title, addLabel) {
    return '<section class="card" aria-labelledby="h-' + sec + '"><h2 id="h-' + sec + '">' + icon(ic) + '<span>' + esc(title) + '</span></h2>' +
      (sec === 'people' && !organiser ? '<p>Only an organiser can see and change phone numbers.</p>' : '') +
      '<ol class="rows" id="rows-' + sec + '" data-testid="rows-' + sec + '"></ol>' +
      '<button type="button" class="btn" data-act="add" data-sec="' + sec + '" data-testid="add-' + sec + '">' + icon('plus') + '<span>' + esc(addLabel) + '</span></button></section>';
  }

  function renderSection(sec) {
    var box = document.getElementById('rows-' + sec);
    if (!box) return;
    var list = plan[sec], h = '';
    list.forEach(function (it, i) {
      var n = i + 1, p = sec + '.' + i + '.', id = 'f-' + sec + '-' + i;
      h += '<li class="row" data-testid="row-' + sec + '-' + i + '">';
      switch (sec) {
        case 'people':
          h += '<div class="rowhead"><h3>Team member ' + n + '</h3>' + rowButton('remove', sec, i, 'Remove', 'wipe', 'team member ' + n) + '</div><div class="fields">' +
            field(id + '-name', 'Name', input(id + '-name', p + 'name', it.name, 'text', ' maxlength="80" data-testid="' + id + '-name"'));
          if (organiser) h += field(id + '-phone', 'Mobile number', input(id + '-phone', p + 'phone', it.phone, 'tel', ' autocomplete="off" data-testid="' + id + '-phone"'));
          h += '</div><fieldset><legend>Roles</legend><div class="chips">' + ROLES.map(function (r) {
            return '<label class="chk"><input type="checkbox" data-role="' + i + '" value="' + r[0] + '"' + (it.roles.indexOf(r[0]) >= 0 ? ' checked' : '') + '><span>' + esc(r[1]) + '</span></label>';
          }).join('') + '</div></fieldset>';
          var other = it.roles.filter(function (r) { return !ROLES.some(function (k) { return k[0] === r; }); }).join(', ');
          h += '<div class="fields">' + field(id + '-other', 'Other roles, for example: dj, bar', '<input id="' + id + '-other" type="text" data-other="' + i + '" value="' + esc(other) + '">') + '</div>';
          h += photoBlock('person', sec, i, it);
          break;
        case 'jobs':
          h += '<div class="rowhead"><h3>Job ' + n + '</h3>' +
            (i > 0 ? rowButton('up', sec, i, 'Move up', 'up', 'job ' + n) : '') +
            (i < list.length - 1 ? rowButton('down', sec, i, 'Move down', 'down', 'job ' + n) : '') +
            rowButton('remove', sec, i, 'Remove', 'wipe', 'job ' + n) + '</div><div class="fields">' +
            field(id + '-title', 'What is the job?', input(id + '-title', p + 'title', it.title, 'text', ' maxlength="120" data-testid="' + id + '-title"')) +
            field(id + '-phase', 'When?', '<select id="' + id + '-phase" data-path="' + p + 'phase">' + PHASES.map(function (ph) {
              return '<option value="' + ph[0] + '"' + (it.phase === ph[0] ? ' selected' : '') + '>' + esc(ph[1]) + '</option>';
            }).join('') + '</select>') + '</div>' +
            '<fieldset><legend>Who does it?</legend>' + whoChips(sec, i, it.who) + '</fieldset>' + photoBlock('job', sec, i, it);
          break;
        case 'timeline':
          h += '<div class="rowhead"><h3>Line ' + n + '</h3>' + rowButton('remove', sec, i, 'Remove', 'wipe', 'running order line ' + n) + '</div><div class="fields">' +
            field(id + '-at', 'Time', input(id + '-at', p + 'at', it.at, 'time')) +
            field(id + '-title', 'What happens?', input(id + '-title', p + 'title', it.title, 'text', ' maxlength="120"')) + '</div>';
          break;
        case 'briefing':
          h += '<div class="rowhead"><h3>Point ' + n + '</h3>' + rowButton('remove', sec, i, 'Remove', 'wipe', 'briefing point ' + n) + '</div><div class="fields">' +
            field(id + '-title', 'What to say', input(id + '-title', p + 'title', it.title, 'text', ' maxlength="160"')) + '</div>' +
            '<fieldset><legend>Who says it?</legend>' + whoChips(sec, i, it.who) + '</fieldset>';
          break;
        case 'rides':
          h += '<div class="rowhead"><h3>Ride ' + n + '</h3>' + rowButton('remove', sec, i, 'Remove', 'wipe', 'ride ' + n) + '</div><div class="fields">' +
            field(id + '-name', 'Who is going home?', input(id + '-name', p + 'name', it.name, 'text', ' maxlength="80"')) +
            field(id + '-pickup', 'How? For example: taxi, parent', input(id + '-pickup', p + 'pickup', it.pickup, 'text', ' maxlength="80"')) +
            field(id + '-at', 'Time', input(id + '-at', p + 'at', it.at, 'time')) +
            field(id + '-note', 'Note', input(id + '-note', p + 'note', it.note || '', 'text', ' maxlength="200"')) + '</div>';
          break;
      }
      h += '</li>';
    });
    if (!list.length) h = '<li class="soft">None yet.</li>';
    box.innerHTML = h;
  }

  /* ---------- changes ---------- */

  function markDirty() {
    dirty = true;
    var s = document.getElementById('savestate');
    if (s) s.textContent = 'Not saved yet.';
  }

  function setPath(path, value) {
    var parts = path.split('.');
    if (parts.length === 1) plan[parts[0]] = value;
    else plan[parts[0]][+parts[1]][parts[2]] = value;
  }

  // A new person gets an id from their name, once it is typed, and every
  // job and briefing point that names them follows.
  function settleID(i) {
    var p = plan.people[i];
    if (!p || !p._new || !p.name.trim()) return;
    var old = p.id, id = uniqueID(plan.people, slug(p.name), i);
    if (id === old) return;
    p.id = id;
    plan.jobs.concat(plan.briefing).forEach(function (it) {
      it.who = it.who.map(function (w) { return w === old ? id : w; });
    });
  }

  form.addEventListener('input', function (e) {
    var t = e.target, path = t.getAttribute('data-path');
    if (path) {
      setPath(path, t.value);
      if (path === 'date' && isNew && !idEdited) {
        plan.id = t.value;
        var f = document.getElementById('f-id');
        if (f) f.value = t.value;
      }
      if (path === 'id') idEdited = true;
      markDirty();
    }
    if (t.hasAttribute('data-other')) {
      var i = +t.getAttribute('data-other'), p = plan.people[i];
      var known = p.roles.filter(function (r) { return ROLES.some(function (k) { return k[0] === r; }); });
      var other = t.value.split(',').map(function (s) { return s.trim().toLowerCase(); }).filter(Boolean);
      p.roles = known.concat(other.filter(function (r) { return known.indexOf(r) < 0; }));
      markDirty();
    }
  });

  form.addEventListener('change', function (e) {
    var t = e.target;
    if (t.hasAttribute('data-role')) {
      var p = plan.people[+t.getAttribute('data-role')];
      p.roles = p.roles.filter(function (r) { return r !== t.value; });
      if (t.checked) p.roles.push(t.value);
      markDirty();
    } else if (t.hasAttribute('data-who')) {
      var w = t.getAttribute('data-who').split('.'), it = plan[w[0]][+w[1]];
      it.who = it.who.filter(function (x) { return x !== t.value; });
      if (t.checked) it.who.push(t.value);
      markDirty();
    } else if (t.getAttribute('data-path') && /^people\.\d+\.name$/.test(t.getAttribute('data-path'))) {
      settleID(+t.getAttribute('data-path').split('.')[1]);
      renderSection('jobs');
      renderSection('briefing');
    } else if (t.hasAttribute('data-photo')) {
      upload(t);
    }
  });

  function blank(sec) {
    switch (sec) {
      case 'people': newN++; return { id: 'new-' + newN, name: '', phone: '', roles: [], _new: true };
      case 'jobs': return { id: '', title: '', phase: 'setup', who: [] };
      case 'timeline': return { at: '', title: '' };
      case 'briefing': return { title: '', who: [] };
      case 'rides': return { id: '', name: '', pickup: '', at: '', note: '' };
    }
  }

  form.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('button');
    if (!b) return;
    if (b.hasAttribute('data-save')) { save(); return; }
    if (b.id === 'golive') { goLive(); return; }
    var act = b.getAttribute('data-act'), sec = b.getAttribute('data-sec'), i = +b.getAttribute('data-i');
    if (!act) return;
    var list = plan[sec];
    if (act === 'add') {
      list.push(blank(sec));
      renderSection(sec);
      var rows = document.querySelectorAll('#rows-' + sec + ' > li');
      var first = rows[rows.length - 1] && rows[rows.length - 1].querySelector('input, select');
      if (first) first.focus();
    } else if (act === 'remove') {
      undoSnap = JSON.parse(JSON.stringify(plan));
      var gone = list.splice(i, 1)[0];
      if (sec === 'people') {
        plan.jobs.concat(plan.briefing).forEach(function (it) { it.who = it.who.filter(function (w) { return w !== gone.id; }); });
        renderSection('jobs');
        renderSection('briefing');
      }
      renderSection(sec);
      CN.feedback('Removed. Save the plan to keep this change.', 'ok', { label: 'Undo', icon: 'undo', run: function () {
        if (!undoSnap) return;
        plan = undoSnap;
        undoSnap = null;
        ['people', 'jobs', 'timeline', 'briefing', 'rides'].forEach(renderSection);
        CN.feedback('It is back.', 'ok');
      } });
      var add = form.querySelector('[data-act="add"][data-sec="' + sec + '"]');
      if (add) add.focus();
    } else if (act === 'up' || act === 'down') {
      var j = act === 'up' ? i - 1 : i + 1;
      var tmp = list[i]; list[i] = list[j]; list[j] = tmp;
      renderSection(sec);
      var again = form.querySelector('[data-act="' + act + '"][data-sec="' + sec + '"][data-i="' + j + '"]') ||
        form.querySelector('[data-act="remove"][data-sec="' + sec + '"][data-i="' + j + '"]');
      if (again) again.focus();
    }
    markDirty();
  });

  /* ---------- saving ---------- */

  // clean returns the plan as the server takes it: known fields only, and
  // ids for new jobs and rides.
  function clean() {
    plan.people.forEach(function (p, i) { if (p._new) settleID(i); });
    var out = {
      id: plan.id, title: plan.title.trim(), date: plan.date, venue: plan.venue.trim(),
      people: plan.people.map(function (p) {
        var o = { id: p.id, name: p.name.trim(), phone: organiser ? (p.phone || '').trim() : '', roles: p.roles };
        if (p.photo) o.photo = p.photo;
        return o;
      }),
      jobs: [], timeline: [], briefing: [], rides: []
    };
    plan.jobs.forEach(function (j, i) {
      if (!j.id) j.id = uniqueID(plan.jobs, slug(j.title), i);
      var o = { id: j.id, title: j.title.trim(), phase: j.phase, who: j.who };
      if (j.photo) o.photo = j.photo;
      out.jobs.push(o);
    });
    out.timeline = plan.timeline.map(function (t) { return { at: t.at, title: t.title.trim() }; });
    out.briefing = plan.briefing.map(function (b) { return { title: b.title.trim(), who: b.who }; });
    plan.rides.forEach(function (r, i) {
      if (!r.id) r.id = uniqueID(plan.rides, 'r' + (i + 1), i);
      out.rides.push({ id: r.id, name: r.name.trim(), pickup: r.pickup.trim(), at: r.at, note: (r.note || '').trim() });
    });
    if (plan.escalate_after_seconds) out.escalate_after_seconds = plan.escalate_after_seconds;
    return out;
  }

  function showErrors(msg, problems) {
    var box = document.getElementById('plan-errors');
    box.innerHTML = '<div class="note bad" role="alert" tabindex="-1" data-testid="plan-errors">' + icon('problem') + '<div><p>' + esc(msg) + '</p>' +
      (problems && problems.length ? '<ul class="errors">' + problems.map(function (p) { return '<li>' + esc(p) + '</li>'; }).join('') + '</ul>' : '') + '</div></div>';
    box.firstChild.focus();
  }

  function save() {
    if (isNew && !plan.id) plan.id = plan.date || slug(plan.title);
    var body = { plan: clean(), create: isNew, restart: !!(document.getElementById('restart') || {}).checked };
    if (!body.plan.id) { showErrors('Please give the night a date.', []); return; }
    CN.feedback('Saving.', 'wait');
    CN.api('POST', '/dashboard/api/plan/' + encodeURIComponent(body.plan.id), body).then(function (r) {
      if (!r._ok) {
        var probs = (r.problems || []).filter(function (p) { return p !== 'started'; });
        if (r.problems && r.problems.indexOf('started') >= 0) {
          started = true;
          renderAll();
          showErrors(r.error + ' Tick the box next to Save if you want that.', []);
        } else {
          showErrors(probs.length ? 'The plan is not saved. Please fix these things:' : (r.error || 'The plan is not saved.'), probs);
        }
        CN.feedback('The plan is not saved.', 'error');
        return;
      }
      var wasNew = isNew;
      load(r);
      dirty = false;
      if (wasNew) history.replaceState(null, '', '/dashboard/plan/' + encodeURIComponent(plan.id));
      renderAll();
      var s = document.getElementById('savestate');
      if (s) s.textContent = 'Saved.';
      CN.feedback('The plan is saved.', 'ok');
    });
  }

  function goLive() {
    var f = document.createElement('form');
    f.method = 'post';
    f.action = '/dashboard/nights/live';
    [['csrf', cfg.csrf], ['night', plan.id]].forEach(function (kv) {
      var i = document.createElement('input');
      i.type = 'hidden'; i.name = kv[0]; i.value = kv[1];
      f.appendChild(i);
    });
    document.body.appendChild(f);
    f.submit();
  }

  function upload(inputEl) {
    var file = inputEl.files && inputEl.files[0];
    if (!file) return;
    var sec = inputEl.getAttribute('data-sec'), i = +inputEl.getAttribute('data-i'), item = plan[sec][i];
    if (file.size > 5 * 1024 * 1024) { CN.feedback('That photo is too big. The most is 5 MB.', 'error'); return; }
    var fd = new FormData();
    fd.append('photo', file);
    CN.feedback('Sending the photo.', 'wait');
    CN.api('POST', '/dashboard/api/photo/' + encodeURIComponent(plan.id) + '/' + inputEl.getAttribute('data-photo') + '/' + encodeURIComponent(item.id), fd).then(function (r) {
      if (!r._ok) { CN.feedback(r.error || 'The photo did not work.', 'error'); return; }
      item.photo = r.url;
      if (!r.saved) markDirty();
      renderSection(sec);
      CN.feedback(r.message, 'ok');
    });
  }

  window.addEventListener('beforeunload', function (e) {
    if (dirty) { e.preventDefault(); e.returnValue = ''; }
  });

  /* ---------- loading ---------- */

  function load(r) {
    plan = r.plan;
    ['people', 'jobs', 'timeline', 'briefing', 'rides'].forEach(function (k) { plan[k] = plan[k] || []; });
    plan.people.forEach(function (p) { p.roles = p.roles || []; p.phone = p.phone || ''; });
    plan.jobs.forEach(function (j) { j.who = j.who || []; });
    plan.briefing.forEach(function (b) { b.who = b.who || []; });
    saved = { people: {}, jobs: {} };
    plan.people.forEach(function (p) { saved.people[p.id] = true; });
    plan.jobs.forEach(function (j) { saved.jobs[j.id] = true; });
    started = r.started; live = r.live; wiped = r.wiped;
    isNew = false;
    cfg.night = plan.id;
    var h = document.getElementById('plan-h1');
    if (h) h.innerHTML = icon('pencil') + '<span>Change the plan: ' + esc(plan.title) + '</span>';
  }

  function note(text) {
    var n = document.getElementById('plan-note');
    n.innerHTML = '<p class="note ok" role="status">' + icon('tick') + '<span>' + esc(text) + '</span></p>';
  }

  if (isNew) {
    plan = { id: cfg.date, title: '', date: cfg.date, venue: '', people: [], jobs: [], timeline: [], briefing: [], rides: [] };
    renderAll();
  } else {
    CN.api('GET', '/dashboard/api/plan/' + encodeURIComponent(cfg.night)).then(function (r) {
      if (!r._ok) { form.innerHTML = '<p class="note bad" role="alert">' + esc(r.error || 'We could not load the plan.') + '</p>'; return; }
      load(r);
      renderAll();
      if (cfg.msg) note(cfg.msg);
      if (wiped) note('Phone numbers and ride details of this night were wiped. Copy it to plan a new night.');
    });
  }

  window.clubnightPlan = { plan: function () { return plan; }, dirty: function () { return dirty; } };
})();
