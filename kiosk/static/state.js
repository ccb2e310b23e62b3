/* Everything the page remembers, in one place. Other modules keep nothing
   that another reads: they read and change these two objects. */

// S is the kiosk and its link to the hub.
export var S = {
  key: null,          // the kiosk key
  paired: null,       // null: not known yet; true; false
  night: null,        // the night, as the hub sent it
  seq: 0,
  epoch: '',          // names the history seq counts in; from the snapshot
  outbox: [],         // [{cmd, meta, sent}]: taps the hub has not answered
  afterAck: [],       // answered taps whose event has not come yet: still shown
  raised: {},         // raise command id -> problem id
  ws: null,           // the socket, while one is open or opening
  connected: false,
  downSince: Date.now(),
  lastUpdate: null,   // Date the night was last known to be up to date
  clockOffset: 0,     // tests can move the clock
  feedback: null,     // {kind, text, entry, at, until, sig}: words about what just happened
  lastTouch: Date.now(),
  idleSince: 0,       // when the quiet-minute warning showed, 0 when it is not showing
  pointerDown: false, // a finger is on the screen: updates wait
  downAt: 0,
  deferred: false     // an update is waiting for the finger to lift
};

// ui is what this visit to the screen is doing.
export var ui = {
  screen: 'home',
  person: null,        // who is using the screen in this visit
  ridePage: 0,
  job: 0, problem: null, brief: -1,
  then: null,          // what to do once "Who are you?" is answered
  confirm: null,       // {title, text, entry, at, icon}
  raise: null,         // {cmdId, kind, at, by}
  pairHelp: false
};

// findEntry is the waiting tap with command id id, or null.
export function findEntry(id) {
  for (var i = 0; i < S.outbox.length; i++) if (S.outbox[i].cmd.id === id) return S.outbox[i];
  return null;
}
