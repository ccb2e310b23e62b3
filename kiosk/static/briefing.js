/* The briefing, one point at a time, each marked done by whoever says it. */
import { ui } from './state.js';
import { esc } from './util.js';
import { icon, peopleLine } from './pictures.js';
import { btn, head } from './pieces.js';

export function briefing(v) {
  var pts = v.briefing || [];
  if (!pts.length) { ui.screen = 'home'; return null; }
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
}
