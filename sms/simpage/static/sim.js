// The SMS simulator: a practice phone for each team member. Texts go
// through the same code as real ones; replies and alerts come back by
// polling once a second.
(function () {
  "use strict";

  var people = [];            // from /sim/api/people
  var texts = {};             // person id -> [text]
  var unread = {};            // person id -> count
  var last = 0;               // highest text number seen
  var current = null;         // chosen person id
  var busy = false;

  var $ = function (id) { return document.getElementById(id); };

  function get(url) {
    return fetch(url, { headers: { "Accept": "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || "Something went wrong."); }
        return body;
      });
    });
  }

  function personById(id) {
    for (var i = 0; i < people.length; i++) { if (people[i].id === id) { return people[i]; } }
    return null;
  }

  function renderPeople() {
    var list = $("people");
    list.textContent = "";
    $("people-empty").hidden = people.length > 0;
    people.forEach(function (p) {
      var li = document.createElement("li");
      var b = document.createElement("button");
      b.type = "button";
      b.className = "person";
      b.setAttribute("aria-pressed", String(p.id === current));
      var av = document.createElement("span");
      av.className = "avatar";
      av.setAttribute("aria-hidden", "true");
      if (p.photo) {
        var img = document.createElement("img");
        img.src = p.photo;
        img.alt = "";
        av.appendChild(img);
      } else {
        av.textContent = p.initial;
      }
      b.appendChild(av);
      var name = document.createElement("span");
      name.textContent = p.name;
      b.appendChild(name);
      if (unread[p.id]) {
        var badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = unread[p.id] + " new";
        b.appendChild(badge);
      } else if (p.id === current) {
        var tick = document.createElement("span");
        tick.className = "tick";
        tick.textContent = "Chosen";
        b.appendChild(tick);
      }
      b.addEventListener("click", function () { choose(p.id); });
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  function textItem(t, p) {
    var li = document.createElement("li");
    li.className = "text " + (t.in ? "out" : "back") + (t.kind === "alert" ? " alert" : "");
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = t.in ? p.name + " sent:" : "Clubnight sent:";
    li.appendChild(who);
    var body = document.createElement("span");
    body.textContent = t.body;
    li.appendChild(body);
    return li;
  }

  function renderPhone() {
    var p = personById(current);
    $("phone").hidden = !p;
    if (!p) { return; }
    $("phone-title").textContent = p.name + "'s phone";
    $("phone").setAttribute("data-person", p.id);
    $("phone-number").textContent = "Number: " + p.number + (p.opted_out ? ". Texts are turned off." : "");
    var list = $("text-list");
    list.textContent = "";
    var mine = texts[p.id] || [];
    $("texts-empty").hidden = mine.length > 0;
    mine.forEach(function (t) { list.appendChild(textItem(t, p)); });
    var box = $("texts");
    box.scrollTop = box.scrollHeight;
  }

  function addTexts(list) {
    var fresh = {};
    list.forEach(function (t) {
      (texts[t.person] = texts[t.person] || []).push(t);
      if (t.person !== current && !t.in) {
        unread[t.person] = (unread[t.person] || 0) + 1;
      }
      fresh[t.person] = true;
    });
    if (fresh[current]) {
      var p = personById(current);
      var ol = $("text-list");
      list.forEach(function (t) { if (t.person === current) { ol.appendChild(textItem(t, p)); } });
      $("texts-empty").hidden = true;
      var box = $("texts");
      box.scrollTop = box.scrollHeight;
    }
    if (Object.keys(fresh).some(function (id) { return id !== current; })) { renderPeople(); }
  }

  // One poll at a time: two at once would ask for the same texts and show
  // them twice. A poll asked for while one runs starts when it ends, so it
  // sees everything sent before it was asked for.
  var polling = null;
  function poll() {
    if (polling) { return polling.then(poll); }
    polling = get("/sim/api/messages?after=" + last).then(function (res) {
      last = Math.max(last, res.last);
      if (res.messages.length) { addTexts(res.messages); }
    }).catch(function () { /* try again next second */ }).then(function () { polling = null; });
    return polling;
  }

  function choose(id) {
    current = id;
    unread[id] = 0;
    try { localStorage.setItem("clubnight-sim-person", id); } catch (e) { /* private mode */ }
    renderPeople();
    renderPhone();
    $("status").textContent = "";
  }

  function send(text) {
    text = text.trim();
    if (!current || !text || busy) { return; }
    busy = true;
    $("status").textContent = "Sending...";
    fetch("/sim/api/send", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ person: current, text: text })
    }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || "Something went wrong."); }
        return body;
      });
    }).then(function () {
      $("status").textContent = "Sent. The reply is above.";
      $("body").value = "";
      return poll();
    }).catch(function (e) {
      $("status").textContent = "Not sent. " + e.message;
    }).then(function () { busy = false; });
  }

  function start() {
    get("/sim/api/people").then(function (res) {
      people = res.people;
      $("night-name").textContent = res.night ? "Tonight: " + res.night : "";
      var saved = null;
      try { saved = localStorage.getItem("clubnight-sim-person"); } catch (e) { /* private mode */ }
      current = personById(saved) ? saved : null;
      renderPeople();
      return get("/sim/api/messages?after=0");
    }).then(function (res) {
      last = res.last;
      res.messages.forEach(function (t) { (texts[t.person] = texts[t.person] || []).push(t); });
      renderPhone();
      setInterval(poll, 1000);
    }).catch(function (e) {
      $("night-name").textContent = e.message;
    });

    Array.prototype.forEach.call(document.querySelectorAll(".quick-btn"), function (b) {
      b.addEventListener("click", function () { send(b.getAttribute("data-text")); });
    });
    $("send").addEventListener("submit", function (ev) {
      ev.preventDefault();
      send($("body").value);
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();

// The practice phone call: the chosen person calls Clubnight. What they
// type or say (with the browser's speech recognition, where it has one)
// and the keys they press go through the same voice webhooks as a real
// call; Clubnight's answers are shown and read aloud.
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var call = null;  // {id, next, person, name}
  var busy = false;

  function chosen() { return $("phone").getAttribute("data-person"); }

  function chosenName() {
    var t = $("phone-title").textContent;
    return t.replace(/'s phone$/, "");
  }

  function line(who, text, mine) {
    var li = document.createElement("li");
    li.className = "text " + (mine ? "out" : "back");
    var w = document.createElement("span");
    w.className = "who";
    w.textContent = who;
    li.appendChild(w);
    var b = document.createElement("span");
    b.textContent = text;
    li.appendChild(b);
    $("call-list").appendChild(li);
    li.scrollIntoView({ block: "nearest" });
  }

  function speak(text) {
    if (!text || !("speechSynthesis" in window)) { return; }
    window.speechSynthesis.cancel();
    var u = new SpeechSynthesisUtterance(text);
    u.lang = "en-GB";
    window.speechSynthesis.speak(u);
  }

  function hangUp(message) {
    call = null;
    $("call-live").hidden = true;
    $("call-start").hidden = false;
    $("call-status").textContent = message || "";
    if ("speechSynthesis" in window) { window.speechSynthesis.cancel(); }
  }

  function turn(body) {
    if (busy) { return; }
    busy = true;
    body.person = call ? call.person : chosen();
    if (call) { body.call = call.id; body.next = call.next; }
    var name = call ? call.name : chosenName();
    $("call-status").textContent = "Waiting for Clubnight...";
    fetch("/sim/api/call", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (res) {
        if (!r.ok) { throw new Error(res.error || "Something went wrong."); }
        return res;
      });
    }).then(function (res) {
      line("Clubnight said:", res.said, false);
      speak(res.said);
      if (res.ended) {
        hangUp("The call has ended.");
      } else {
        call = { id: res.call, next: res.next, person: body.person, name: name };
        $("call-status").textContent = "";
      }
    }).catch(function (e) {
      $("call-status").textContent = "That did not work. " + e.message;
    }).then(function () { busy = false; });
  }

  function start() {
    if (!$("call-start")) { return; }
    $("call-start").addEventListener("click", function () {
      if (!chosen()) { return; }
      $("call-list").textContent = "";
      $("call-live").hidden = false;
      $("call-start").hidden = true;
      call = null;
      turn({});
    });
    $("call-end").addEventListener("click", function () { hangUp("You hung up."); });
    $("call-say").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var words = $("call-words").value.trim();
      if (!call || !words) { return; }
      line(call.name + " said:", words, true);
      $("call-words").value = "";
      turn({ speech: words, confidence: 1 });
    });
    Array.prototype.forEach.call(document.querySelectorAll(".key"), function (b) {
      b.addEventListener("click", function () {
        if (!call) { return; }
        var k = b.getAttribute("data-key");
        line(call.name + " pressed:", k, true);
        turn({ digits: k });
      });
    });
    var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    if (Recognition) {
      var speakBtn = $("call-speak");
      speakBtn.hidden = false;
      speakBtn.addEventListener("click", function () {
        if (!call) { return; }
        var rec = new Recognition();
        rec.lang = "en-GB";
        rec.maxAlternatives = 1;
        $("call-status").textContent = "Listening...";
        rec.onresult = function (e) {
          var r = e.results[0][0];
          line(call.name + " said:", r.transcript, true);
          // How sure the browser is counts, as Twilio's Confidence does.
          turn({ speech: r.transcript, confidence: r.confidence || 0 });
        };
        rec.onerror = function () { $("call-status").textContent = "We did not hear you. Type it instead."; };
        rec.start();
      });
    }
    // Choosing another person ends the call.
    new MutationObserver(function () {
      if (call && call.person !== chosen()) { hangUp(""); }
    }).observe($("phone"), { attributes: true, attributeFilter: ["data-person"] });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
