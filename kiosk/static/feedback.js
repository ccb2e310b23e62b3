/* Words about what just happened, at the foot of the screen, with Undo
   while it is still possible. */
import { S } from './state.js';
import { feedbackEl, patch, announce } from './dom.js';
import { btn, hear } from './pieces.js';
import { icon } from './pictures.js';
import { esc } from './util.js';

export var UNDO_MS = 30000; // how long Undo stays

export function renderFeedback() {
  var feedback = S.feedback;
  if (!feedback || Date.now() > feedback.until) {
    S.feedback = null;
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

export function showFeedback(kind, text, entry) {
  S.feedback = { kind: kind, text: text, entry: entry || null, at: Date.now(), until: Date.now() + (entry ? UNDO_MS : kind === 'error' ? 15000 : 8000) };
  announce(text);
  renderFeedback();
}
