// Capaian evaluation sheet: as the appraiser picks the overall ratings, the predikat matrix marks the cell they give
// and says it aloud; a reason field becomes required once the choice differs from the system's suggestion. The
// server checks all of it again: without JavaScript the form works the same, the cell is marked after saving.
(function () {
  'use strict';

  function chosen(form, name) {
    var el = form.querySelector('input[name="' + name + '"]:checked');
    return el ? el.value : null;
  }

  function mark(form) {
    var result = chosen(form, 'resultRating');
    var behaviour = chosen(form, 'behaviourRating');
    var cells = form.querySelectorAll('#matrix td[data-result]');
    var hit = null;
    Array.prototype.forEach.call(cells, function (td) {
      var on = td.getAttribute('data-result') === result && td.getAttribute('data-behaviour') === behaviour;
      td.classList.toggle('matrix-hit', on);
      td.classList.toggle('table-success', on);
      td.classList.toggle('fw-bold', on);
      if (on) { td.setAttribute('aria-current', 'true'); hit = td; } else { td.removeAttribute('aria-current'); }
    });
    var live = document.getElementById('matrix-live');
    if (live && hit) {
      var template = live.getAttribute('data-template');
      live.textContent = template ? template.replace('{0}', hit.textContent.trim()) : hit.textContent.trim();
    }
  }

  function requireWhenDifferent(form, sectionId, ratingName, fieldId) {
    var section = document.getElementById(sectionId);
    var field = document.getElementById(fieldId);
    if (!section || !field) { return; }
    var suggested = section.getAttribute('data-suggested');
    var value = chosen(form, ratingName);
    var differs = !!(suggested && value && value !== suggested);
    field.required = differs;
    field.setAttribute('aria-required', differs ? 'true' : 'false');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('rate');
    if (!form || form.getAttribute('data-editable') !== 'true') { return; }
    var update = function () {
      mark(form);
      requireWhenDifferent(form, 'overall-result', 'resultRating', 'resultReason');
      requireWhenDifferent(form, 'overall-behaviour', 'behaviourRating', 'behaviourNote');
    };
    form.addEventListener('change', function (e) {
      if (e.target && (e.target.name === 'resultRating' || e.target.name === 'behaviourRating')) { update(); }
    });
    update();
  });
})();
