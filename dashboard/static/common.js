/* Clubnight dashboard: helpers every page shares. Plain ES2017, no build step. */
(function () {
  'use strict';
  var el = document.getElementById('dash-config');
  var cfg = el ? JSON.parse(el.textContent) : {};

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function icon(name) {
    var icons = cfg.icons || {};
    var body = icons[name] || icons.help || '';
    return '<svg class="ic ic-' + esc(name) + '" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" ' +
      'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">' + body + '</svg>';
  }

  var fb = document.getElementById('feedback');
  var fbTimer = null;
  // feedback shows what just happened at the bottom of the screen, with a
  // picture and a word, and screen readers hear it (role=status).
  function feedback(text, kind, action) {
    if (!fb) return;
    clearTimeout(fbTimer);
    fb.className = 'feedback' + (kind === 'error' ? ' error' : '');
    // Never a green tick for bad news: a late ride shows the late picture.
    fb.innerHTML = icon(kind === 'error' ? 'problem' : (kind === 'wait' ? 'clock' : (kind === 'late' ? 'late' : 'tick'))) +
      '<span class="txt">' + esc(text) + '</span>';
    if (action) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn small';
      b.innerHTML = icon(action.icon || 'undo') + '<span>' + esc(action.label) + '</span>';
      b.setAttribute('data-testid', 'feedback-action');
      b.addEventListener('click', action.run);
      fb.appendChild(b);
    }
    fbTimer = setTimeout(function () { fb.innerHTML = ''; }, kind === 'error' ? 20000 : 12000);
  }

  // api sends JSON (or FormData) with the session's CSRF token.
  function api(method, url, body) {
    var opts = { method: method, credentials: 'same-origin', headers: { 'X-CSRF-Token': cfg.csrf || '' } };
    if (body instanceof FormData) {
      opts.body = body;
    } else if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(url, opts).then(function (res) {
      return res.text().then(function (t) {
        var data = {};
        try { data = t ? JSON.parse(t) : {}; } catch (e) { data = { error: 'Something went wrong. Please try again.' }; }
        data._status = res.status;
        data._ok = res.ok;
        return data;
      });
    }, function () {
      return { _ok: false, _status: 0, error: 'We could not reach Clubnight. Check the Wi-Fi and try again.' };
    });
  }

  function clock(iso) {
    if (!iso) return '';
    var d = new Date(iso);
    if (isNaN(d.getTime()) || d.getFullYear() < 2000) return '';
    return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }

  document.addEventListener('click', function (e) {
    var t = e.target.closest && e.target.closest('[data-print]');
    if (t) window.print();
  });

  window.CN = { cfg: cfg, esc: esc, icon: icon, feedback: feedback, api: api, clock: clock };
})();
