// Draws the report's charts from the JSON embedded in #report-data. Everything the charts show
// is also in the page's tables, so a failure here only costs the pictures.
(function () {
  'use strict';

  var LABELS_IN_CHART = 15;
  var COLORS = { predicted: '#2f6fdf', amdahl: '#c2410c', ideal: '#9aa5b1', bar: '#2f6fdf' };

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function humanNanos(nanos) {
    var units = [[1e9, 's'], [1e6, 'ms'], [1e3, 'µs']];
    for (var i = 0; i < units.length; i++) {
      if (nanos >= units[i][0] * 0.9995) {
        return (nanos / units[i][0]).toPrecision(3) + ' ' + units[i][1];
      }
    }
    return Math.round(nanos) + ' ns';
  }

  function showError(container, message) {
    var p = document.createElement('p');
    p.className = 'chart-error';
    p.textContent = message;
    container.appendChild(p);
  }

  function seriesOf(byProcessors) {
    return Object.keys(byProcessors || {})
      .map(Number)
      .sort(function (a, b) { return a - b; })
      .map(function (p) { return [p, byProcessors[String(p)]]; });
  }

  function speedupChart(container, data) {
    var predicted = seriesOf(data.predictedSpeedup);
    var amdahl = seriesOf(data.amdahlSpeedup);
    var ideal = predicted.map(function (point) { return [point[0], point[0]]; });
    var chart = echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: [COLORS.predicted, COLORS.amdahl, COLORS.ideal],
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var lines = ['<b>' + escapeHtml(items[0].value[0]) + ' processors</b>'];
          items.forEach(function (item) {
            var v = item.value[1];
            lines.push(escapeHtml(item.seriesName) + ': ' + (v == null ? 'n/a' : v.toFixed(2) + '×'));
          });
          return lines.join('<br>');
        }
      },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 45 },
      xAxis: { type: 'log', logBase: 2, name: 'processors', nameLocation: 'middle', nameGap: 28, min: 1 },
      yAxis: { type: 'log', logBase: 2, name: 'speedup (×)' },
      series: [
        { name: 'Predicted', type: 'line', data: predicted, symbolSize: 7 },
        { name: 'Amdahl', type: 'line', data: amdahl, symbolSize: 7 },
        { name: 'Ideal', type: 'line', data: ideal, symbol: 'none', lineStyle: { type: 'dashed' } }
      ]
    });
    return chart;
  }

  function labelsChart(container, data) {
    var byLabel = (data.criticalPath && data.criticalPath.byLabel) || [];
    var shown = byLabel.slice(0, LABELS_IN_CHART).reverse(); // largest at the top
    container.style.height = Math.max(160, 30 * shown.length + 70) + 'px';
    var chart = echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: [COLORS.bar],
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          var part = shown[item.dataIndex];
          return escapeHtml(part.label) + '<br>' + humanNanos(part.nanos) +
            ' (' + (100 * part.share).toFixed(1) + '% of the span)';
        }
      },
      grid: { left: 10, right: 30, top: 10, bottom: 40, containLabel: true },
      xAxis: { type: 'value', name: 'ms on the critical path', nameLocation: 'middle', nameGap: 26 },
      yAxis: {
        type: 'category',
        data: shown.map(function (part) { return part.label; }),
        axisLabel: { width: 260, overflow: 'truncate' }
      },
      series: [{
        type: 'bar',
        data: shown.map(function (part) { return part.nanos / 1e6; }),
        barMaxWidth: 22
      }]
    });
    return chart;
  }

  function draw() {
    var data = JSON.parse(document.getElementById('report-data').textContent);
    var charts = [];
    [['speedup-chart', speedupChart], ['labels-chart', labelsChart]].forEach(function (entry) {
      var container = document.getElementById(entry[0]);
      if (typeof echarts === 'undefined') {
        showError(container, 'The charting library did not load; the tables hold the same numbers.');
        return;
      }
      try {
        charts.push(entry[1](container, data));
      } catch (e) {
        showError(container, 'Could not draw this chart: ' + e.message);
      }
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
    document.documentElement.setAttribute('data-charts-rendered', String(charts.length));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
