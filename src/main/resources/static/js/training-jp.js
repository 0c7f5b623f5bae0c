// Capaian JP compliance: the canvas[data-chart-table] draws the table it names (rows tr[data-jp-row] with
// data-label, data-met and data-behind) as stacked horizontal bars: who met the yearly JP target and who is behind,
// per unit. The table stays on the page, so the chart is never the only way to read the numbers.
(function () {
  'use strict';

  function short(label) {
    var max = window.innerWidth < 576 ? 18 : 34;
    return typeof label === 'string' && label.length > max ? label.slice(0, max - 1) + '\u2026' : label;
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table || !window.Chart) { return; }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tr[data-jp-row]'));
    if (!rows.length) { return; }
    canvas.parentNode.style.height = Math.max(160, rows.length * 34 + 70) + 'px';
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.getAttribute('data-label'); }),
        datasets: [
          { label: canvas.getAttribute('data-label-met'), backgroundColor: '#0b5d55',
            data: rows.map(function (r) { return Number(r.getAttribute('data-met')); }) },
          { label: canvas.getAttribute('data-label-behind'), backgroundColor: '#c98a00',
            data: rows.map(function (r) { return Number(r.getAttribute('data-behind')); }) }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: true, ticks: { callback: function (v) { return short(this.getLabelForValue(v)); } } }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart-table]'), draw);
  });
})();
