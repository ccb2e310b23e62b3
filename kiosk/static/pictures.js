/* Pictures of people and jobs: a photo from the plan when it loads, else a
   drawing. */
import { I } from './icons.js';
import { esc } from './util.js';
import { person } from './words.js';

export function icon(name, cls) { return I.icon(name, cls); }

var badPhotos = {};
// dropPhoto remembers that the photo at src did not load: it is drawn instead.
export function dropPhoto(src) { badPhotos[src] = true; }

function isURL(s) { return typeof s === 'string' && /^(https?:\/\/|\/|data:image\/)[^\s"'<>]+$/.test(s); }

export function pic(p, cls) {
  if (!p) return I.avatar('?', '?', cls);
  if (isURL(p.photo) && !badPhotos[p.photo]) {
    return '<img class="photo' + (cls ? ' ' + cls : '') + '" src="' + esc(p.photo) + '" alt="" referrerpolicy="no-referrer">';
  }
  return I.avatar(p.id, p.name, cls);
}
export function jobPic(j, cls) {
  if (j && isURL(j.photo) && !badPhotos[j.photo]) {
    return '<img class="photo ic' + (cls ? ' ' + cls : '') + '" src="' + esc(j.photo) + '" alt="" referrerpolicy="no-referrer">';
  }
  return icon(I.jobIcon(j), cls);
}
export function peopleLine(v, ids) {
  return '<div class="who">' + (ids || []).map(function (id) {
    var p = person(v, id) || { id: id, name: id };
    return '<span class="person">' + pic(p) + '<span>' + esc(p.name) + '</span></span>';
  }).join('') + '</div>';
}
