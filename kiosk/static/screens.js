/* Every screen by name. A screen is a function of the view that returns
   {title, html}, or null after pointing ui.screen elsewhere when the thing
   it shows is gone. Pairing, starting and "Who are you?" live here; the
   others have a module each. */
import { ui } from './state.js';
import { esc } from './util.js';
import { icon } from './pictures.js';
import { btn, hear, head, team, personTiles } from './pieces.js';
import { home } from './home.js';
import { personScreen, job, confirm } from './jobs.js';
import { help, raised, problem } from './problems.js';
import { briefing } from './briefing.js';
import { hometime } from './rides.js';

function cannotHelp() {
  return {
    title: 'Get help', html: '<div class="pair" data-testid="find-someone">' + icon('help') +
      '<h1 id="h1" tabindex="-1">Please find a team member.</h1>' +
      '<p>This screen cannot send for help yet.</p>' +
      '<div class="actions" style="justify-content:center">' + hear('main', 'btn-read-aloud') +
      btn({ act: 'home', testid: 'btn-back', icon: 'back', text: 'Back', cls: 'big' }) + '</div></div>'
  };
}

function pair() {
  if (ui.pairHelp) return cannotHelp();
  return {
    title: 'Not paired',
    html: '<div class="pair" data-testid="pairing">' + icon('link') +
      '<h1 id="h1" tabindex="-1">This screen is not paired yet.</h1>' +
      '<p>Open the link from the dashboard or the start-up message.</p>' +
      hear('main', 'btn-read-aloud') + '</div>'
  };
}

function loading() {
  if (ui.pairHelp) return cannotHelp();
  return {
    title: 'Starting',
    html: '<div class="pair">' + icon('clock') + '<h1 id="h1" tabindex="-1">Getting the night ready.</h1>' +
      '<p>Please wait a moment.</p>' + hear('main', 'btn-read-aloud') + '</div>'
  };
}

function who(v) {
  var pg = { items: team(v), page: 0, pages: 1 };
  var why = ui.then && ui.then.why ? '<p class="lead why">' + (ui.then.icon ? icon(ui.then.icon) : '') +
    '<span>' + esc(ui.then.why) + '</span></p>' : '';
  return {
    title: 'Who are you?',
    html: head('Who are you?') + why + '<p class="lead soft">Tap your picture.</p>' + personTiles(v, pg, 'who')
  };
}

export var screens = {
  pair: pair, loading: loading, home: home, person: personScreen, job: job, confirm: confirm,
  help: help, who: who, raised: raised, problem: problem, briefing: briefing, hometime: hometime
};
