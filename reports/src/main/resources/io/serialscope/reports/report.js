// Draws the report's charts from the JSON embedded in #report-data. Everything the charts show
// is also in the page's tables, so a failure here only costs the pictures.
//
// Recorded text (thread names, labels, frames) is hostile: it only ever reaches ECharts' canvas
// text (tooltips use renderMode 'richText', drawn on the canvas) or textContent, never markup.
(function () {
  'use strict';

  var LABELS_IN_CHART = 15;
  var SENSITIVITY_IN_CHART = 5;
  var COLORS = {
    predicted: '#2f6fdf', amdahl: '#c2410c', ideal: '#9aa5b1', bound: '#15803d', bar: '#2f6fdf',
    critical: '#c2410c', segment: '#6b8fd6', merged: '#a9bce6', edge: '#7c3aed',
    measured: '#111827', usl: '#db2777'
  };
  var TOOLTIP = { renderMode: 'richText', confine: true };

  function humanNanos(nanos) {
    var units = [[1e9, 's'], [1e6, 'ms'], [1e3, 'µs']];
    for (var i = 0; i < units.length; i++) {
      if (nanos >= units[i][0] * 0.9995) {
        return (nanos / units[i][0]).toPrecision(3) + ' ' + units[i][1];
      }
    }
    return Math.round(nanos) + ' ns';
  }

  function showNote(container, message, className) {
    var p = document.createElement('p');
    p.className = className;
    p.textContent = message;
    container.appendChild(p);
  }

  function tooltip(formatter, trigger) {
    return Object.assign({ trigger: trigger || 'item', formatter: formatter }, TOOLTIP);
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
    var t1 = data.workNanos;
    var tInf = data.spanNanos;
    // Brent/Graham: max(T1/p, T∞) <= T_p <= T1/p + T∞, as speedups T1 / T_p.
    var upper = predicted.map(function (point) {
      var p = point[0];
      return [p, t1 > 0 ? t1 / Math.max(t1 / p, tInf) : 1];
    });
    var lower = predicted.map(function (point) {
      var p = point[0];
      return [p, t1 > 0 ? t1 / (t1 / p + tInf) : 1];
    });
    var series = [
      { name: 'Predicted', type: 'line', data: predicted, symbolSize: 7 },
      { name: 'Amdahl', type: 'line', data: amdahl, symbolSize: 7 },
      { name: 'Brent upper', type: 'line', data: upper, symbol: 'none', lineStyle: { type: 'dotted' } },
      { name: 'Brent lower', type: 'line', data: lower, symbol: 'none', lineStyle: { type: 'dotted' } },
      { name: 'Ideal', type: 'line', data: ideal, symbol: 'none', lineStyle: { type: 'dashed' } }
    ].concat(measuredSeries(data.scaling));
    var chart = echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: [COLORS.predicted, COLORS.amdahl, COLORS.bound, COLORS.bound, COLORS.ideal,
        COLORS.measured, COLORS.usl],
      tooltip: tooltip(function (items) {
        var lines = [items[0].value[0] + ' processors'];
        items.forEach(function (item) {
          var v = item.value[1];
          lines.push(item.seriesName + ': ' + (v == null ? 'n/a' : v.toFixed(2) + '×'));
        });
        return lines.join('\n');
      }, 'axis'),
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 50, bottom: 45 },
      xAxis: { type: 'log', logBase: 2, name: 'processors', nameLocation: 'middle', nameGap: 28, min: 1 },
      yAxis: { type: 'log', logBase: 2, name: 'speedup (×)' },
      series: series
    });
    return chart;
  }

  // A thread-count sweep (analyze a.jfr b.jfr …): measured speedups and the fitted USL curve,
  // both relative to the run with the fewest threads (that run's count is in the series name
  // when it is not 1, since the prediction is relative to one processor).
  function measuredSeries(scaling) {
    if (!scaling || !scaling.points) { return []; }
    var base = scaling.baseThreads === 1 ? '' : ' (vs ' + scaling.baseThreads + ' threads)';
    var result = [{
      name: 'Measured' + base,
      type: 'scatter',
      symbolSize: 11,
      data: scaling.points.map(function (p) { return [p.threads, p.speedup]; })
    }];
    if (scaling.usl && scaling.usl.speedup) {
      result.push({
        name: 'USL fit' + base,
        type: 'line',
        symbol: 'none',
        lineStyle: { type: 'dashed' },
        data: seriesOf(scaling.usl.speedup)
      });
    }
    return result;
  }

  function labelsChart(container, data) {
    var byLabel = (data.criticalPath && data.criticalPath.byLabel) || [];
    var shown = byLabel.slice(0, LABELS_IN_CHART).reverse(); // largest at the top
    container.style.height = Math.max(160, 30 * shown.length + 70) + 'px';
    var chart = echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      color: [COLORS.bar],
      tooltip: tooltip(function (item) {
        var part = shown[item.dataIndex];
        return part.label + '\n' + humanNanos(part.nanos) +
          ' (' + (100 * part.share).toFixed(1) + '% of the span)';
      }),
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

  // Predicted time vs. how much faster one label gets: the top curves of report.json's sensitivity.
  function sensitivityChart(container, data) {
    var curves = (data.sensitivity || []).slice(0, SENSITIVITY_IN_CHART);
    if (curves.length === 0) {
      showNote(container, 'No label has critical-path time.', 'chart-empty');
      return null;
    }
    var chart = echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      legend: { type: 'scroll', bottom: 0 },
      tooltip: tooltip(function (items) {
        var lines = [items[0].value[0] + ' % faster'];
        items.forEach(function (item) {
          lines.push(item.seriesName + ': ' + humanNanos(item.value[1] * 1e6));
        });
        return lines.join('\n');
      }, 'axis'),
      grid: { left: 10, right: 30, top: 20, bottom: 60, containLabel: true },
      xAxis: { type: 'value', name: '% faster', nameLocation: 'middle', nameGap: 26, min: 0, max: 100 },
      yAxis: { type: 'value', name: 'predicted ms' },
      series: curves.map(function (curve) {
        return {
          name: curve.label,
          type: 'line',
          showSymbol: true,
          data: curve.points.map(function (p) { return [p.speedupPercent, p.predictedNanos / 1e6]; })
        };
      })
    });
    return chart;
  }

  function stepChart(name, points) {
    return function (container) {
      var chart = echarts.init(container, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        color: [COLORS.predicted],
        tooltip: tooltip(function (items) {
          var v = items[0].value;
          return (v[0]).toFixed(3) + ' ms: ' + v[1] + ' running';
        }, 'axis'),
        grid: { left: 50, right: 20, top: 20, bottom: 70 },
        xAxis: { type: 'value', name: 'ms', nameLocation: 'middle', nameGap: 26, min: 0 },
        yAxis: { type: 'value', name: 'segments', minInterval: 1 },
        dataZoom: [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }],
        series: [{
          name: name,
          type: 'line',
          step: 'end',
          symbol: 'none',
          sampling: 'lttb',
          areaStyle: { opacity: 0.25 },
          data: points.map(function (p) { return [p[0] / 1e6, p[1]]; })
        }]
      });
      return chart;
    };
  }

  // The timeline draws at most DRAWN_BARS bars: the embedded bars (one per segment, or the finest
  // merge the page could carry) merged again per bucket of the window on screen, a bucket being
  // about a pixel, doubled until they fit. Zooming in re-merges the narrower window, so merged
  // bars split back into their segments.
  var DRAWN_BARS = 20000;
  var BUCKETS_ON_SCREEN = 1500;

  // Bars overlapping [from, to] (ms) merged per bucket, as the report embeds them: a lane's
  // critical and other bars merge separately, each kind in time order.
  function mergedBars(bars, laneCount, from, to, bucket) {
    var open = new Array(2 * laneCount);
    var out = [];
    for (var i = 0; i < bars.length; i++) {
      var b = bars[i];
      if (b[2] < from || b[1] > to) { continue; }
      var barClass = 2 * b[0] + b[3];
      var last = open[barClass];
      if (b[2] - b[1] < bucket && last && last[2] - last[1] < bucket &&
          Math.floor(last[1] / bucket) === Math.floor(b[1] / bucket)) {
        last[2] = Math.max(last[2], b[2]);
        last[4] = last[4] === b[4] ? last[4] : -1;
        last[5] += b[5];
        continue;
      }
      if (out.length >= DRAWN_BARS && bucket < to - from) { return null; }
      last = b.slice();
      open[barClass] = last;
      out.push(last);
    }
    return out;
  }

  function barsOnScreen(bars, laneCount, from, to) {
    var width = Math.max(to - from, 1e-6);
    for (var bucket = width / BUCKETS_ON_SCREEN; ; bucket *= 2) {
      var drawn = mergedBars(bars, laneCount, from, to, bucket);
      if (drawn) { return drawn; }
    }
  }

  function timelineChart(container, data) {
    var timeline = data.page.timeline;
    var lanes = timeline.lanes;
    var labels = timeline.labels;
    var rows = Math.max(1, lanes.length);
    container.style.height = Math.min(900, Math.max(300, 26 * rows + 120)) + 'px';
    var bars = timeline.bars.map(function (b) {
      return [b[0], b[1] / 1e6, b[2] / 1e6, b[3], b[4], b[5]];
    });
    var end = 0;
    bars.forEach(function (b) { end = Math.max(end, b[2]); });
    var edges = timeline.edges.map(function (e) {
      return [e[0], e[1] / 1e6, e[2], e[3] / 1e6];
    });
    var drawn = [];
    function draw(from, to) {
      drawn = barsOnScreen(bars, lanes.length, from, to);
      var segments = 0;
      drawn.forEach(function (b) { segments += b[5]; });
      // What is on screen, for people's tools and the browser test.
      container.setAttribute('data-drawn-bars', String(drawn.length));
      container.setAttribute('data-drawn-segments', String(segments));
      return drawn;
    }
    function renderBar(params, api) {
      var lane = api.value(0);
      var from = api.coord([api.value(1), lane]);
      var to = api.coord([api.value(2), lane]);
      var height = api.size([0, 1])[1] * 0.7;
      var rect = echarts.graphic.clipRectByRect(
        { x: from[0], y: from[1] - height / 2, width: Math.max(1, to[0] - from[0]), height: height },
        { x: params.coordSys.x, y: params.coordSys.y,
          width: params.coordSys.width, height: params.coordSys.height });
      if (!rect) { return null; }
      var fill = api.value(3) ? COLORS.critical : api.value(5) > 1 ? COLORS.merged : COLORS.segment;
      return { type: 'rect', transition: [], shape: rect, style: { fill: fill } };
    }
    function renderEdge(params, api) {
      var from = api.coord([api.value(1), api.value(0)]);
      var to = api.coord([api.value(3), api.value(2)]);
      return { type: 'line', shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] },
        style: { stroke: COLORS.edge, lineWidth: 1.5 } };
    }
    var chart = echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: tooltip(function (item) {
        if (item.seriesIndex !== 0) { return 'critical-path hand-over'; }
        var b = drawn[item.dataIndex];
        var name = b[5] > 1
          ? b[5] + ' segments' + (b[4] >= 0 ? ' of ' + labels[b[4]] : '')
          : (b[4] >= 0 ? labels[b[4]] : 'segment');
        return name + (b[3] ? ' (critical path)' : '') + '\n' + lanes[b[0]] + '\n' +
          b[1].toFixed(3) + ' ms + ' + humanNanos((b[2] - b[1]) * 1e6);
      }),
      legend: { top: 0, data: ['segments', 'critical-path edges'], selected: { 'critical-path edges': false } },
      grid: { left: 10, right: 30, top: 30, bottom: 60, containLabel: true },
      // A fixed extent: the data on screen changes with the zoom, the axis must not.
      xAxis: { type: 'value', name: 'ms', nameLocation: 'middle', nameGap: 24, min: 0, max: end || 1,
        axisLabel: { formatter: function (ms) { return String(+ms.toPrecision(6)); } } },
      yAxis: {
        type: 'category', inverse: true, data: lanes,
        axisLabel: { width: 180, overflow: 'truncate' }
      },
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter', rangeMode: ['value', 'value'] },
        { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', rangeMode: ['value', 'value'],
          height: 18, bottom: 8 },
        { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }
      ],
      series: [
        { name: 'segments', type: 'custom', renderItem: renderBar, encode: { x: [1, 2], y: 0 },
          data: draw(0, end), progressive: 0, itemStyle: { color: COLORS.segment } },
        { name: 'critical-path edges', type: 'custom', renderItem: renderEdge, encode: { x: [1, 3], y: 0 },
          data: edges, progressive: 0, itemStyle: { color: COLORS.edge }, silent: true }
      ]
    });
    var pending = null;
    chart.on('datazoom', function () {
      // Zoom events come in bursts (a wheel, a drag): re-merge once the burst settles.
      if (pending) { clearTimeout(pending); }
      pending = setTimeout(function () {
        pending = null;
        var extent = chart.getModel().getComponent('xAxis', 0).axis.scale.getExtent();
        chart.setOption({ series: [{ data: draw(extent[0], extent[1]) }] });
      }, 60);
    });
    return chart;
  }

  function flameColor(name) {
    var hash = 0;
    for (var i = 0; i < name.length; i++) { hash = (hash * 31 + name.charCodeAt(i)) | 0; }
    var hue = 10 + Math.abs(hash % 40); // reds to oranges, as flame graphs are
    return 'hsl(' + hue + ', 80%, ' + (58 + Math.abs(hash % 12)) + '%)';
  }

  function flameChart(key) {
    return function (container, data) {
      var flame = data.page[key];
      if (!flame || flame.samples === 0) {
        showNote(container, 'No execution samples in this part of the recording.', 'chart-empty');
        return null;
      }
      var names = flame.names;
      var depth = 0;
      flame.nodes.forEach(function (n) { depth = Math.max(depth, n[2]); });
      container.style.height = Math.min(900, Math.max(240, 20 * (depth + 1) + 60)) + 'px';
      function renderNode(params, api) {
        var from = api.coord([api.value(0), api.value(2)]);
        var to = api.coord([api.value(0) + api.value(1), api.value(2) + 1]);
        var rect = echarts.graphic.clipRectByRect(
          { x: from[0], y: from[1], width: Math.max(0.5, to[0] - from[0] - 0.5), height: to[1] - from[1] - 1 },
          { x: params.coordSys.x, y: params.coordSys.y,
            width: params.coordSys.width, height: params.coordSys.height });
        if (!rect) { return null; }
        var name = names[api.value(3)];
        return {
          type: 'rect', transition: [], shape: rect, style: { fill: flameColor(name) },
          textContent: { style: { text: rect.width > 24 ? name : '', width: rect.width - 6,
            overflow: 'truncate', fontSize: 11, fill: '#1f2933' } },
          textConfig: { position: 'insideLeft' }
        };
      }
      var chart = echarts.init(container, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        tooltip: tooltip(function (item) {
          var n = flame.nodes[item.dataIndex];
          return names[n[3]] + '\n' + n[1] + ' samples (' + (100 * n[1] / flame.samples).toFixed(1) + '%)';
        }),
        grid: { left: 4, right: 4, top: 4, bottom: 30 },
        xAxis: { type: 'value', min: 0, max: flame.samples, show: false },
        yAxis: { type: 'value', min: 0, max: depth + 1, inverse: true, show: false },
        dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
          { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', height: 14, bottom: 4, showDetail: false }],
        series: [{ type: 'custom', renderItem: renderNode, encode: { x: [0, 1], y: 2 }, progressive: 0,
          data: flame.nodes.map(function (n) { return [n[0], n[1], n[2], n[3]]; }) }]
      });
      return chart;
    };
  }

  function draw() {
    var data = JSON.parse(document.getElementById('report-data').textContent);
    var charts = [];
    [
      ['speedup-chart', speedupChart],
      ['labels-chart', labelsChart],
      ['sensitivity-chart', sensitivityChart],
      ['profile-chart', stepChart('possible', data.page.profile)],
      ['concurrency-chart', stepChart('recorded', data.page.concurrency)],
      ['timeline-chart', timelineChart],
      ['flame-critical-chart', flameChart('flameCritical')],
      ['flame-whole-chart', flameChart('flameWhole')]
    ].forEach(function (entry) {
      var container = document.getElementById(entry[0]);
      if (typeof echarts === 'undefined') {
        showNote(container, 'The charting library did not load; the tables hold the same numbers.', 'chart-error');
        return;
      }
      try {
        var chart = entry[1](container, data);
        if (chart) { charts.push(chart); }
      } catch (e) {
        showNote(container, 'Could not draw this chart: ' + e.message, 'chart-error');
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
