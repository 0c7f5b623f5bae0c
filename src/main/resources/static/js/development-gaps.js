// Capaian: the bar chart of the average competency gap per competency of a unit, fed by the page's JSON endpoint.
// The same numbers stand in the table below the chart, so the chart is never the only way to read them.
(function () {
  'use strict';

  function short(label) {
    var max = window.innerWidth < 576 ? 18 : 32;
    return typeof label === 'string' && label.length > max ? label.slice(0, max - 1) + '\u2026' : label;
  }

  function render(canvas, data) {
    var rows = data.rows || [];
    canvas.parentNode.style.position = 'relative';
    canvas.parentNode.style.height = Math.max(160, rows.length * 34 + 70) + 'px';
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.name; }),
        datasets: [{
          label: canvas.getAttribute('data-label'),
          data: rows.map(function (r) { return Number(r.averageGap); }),
          backgroundColor: '#0b5d55'
        }]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { min: 0, suggestedMax: 2, ticks: { stepSize: 0.5 } },
          y: { ticks: { callback: function (v) { return short(this.getLabelForValue(v)); } } }
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              afterLabel: function (ctx) {
                var r = rows[ctx.dataIndex];
                return r ? (canvas.getAttribute('data-label-below') + ': ' + r.below + ' / ' + r.assessed) : '';
              }
            }
          }
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('gaps-chart');
    if (!canvas || !window.Chart) { return; }
    fetch(canvas.getAttribute('data-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data && data.rows) { render(canvas, data); } })
      .catch(function () { /* the table still shows the numbers */ });
  });
})();
