namespace Analytics.Analysis.Reports.Html;

/// <summary>The inline style and the table-sorting script of the HTML report (no external resources).</summary>
internal static class HtmlAssets
{
    public const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1200px;color:#222;line-height:1.45}
        h1{font-size:1.5em;text-align:center}h2{margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}
        .subtitle{text-align:center;font-style:italic}.summary p{text-align:justify}
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9em}
        th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top}th{background:#eef3f7;cursor:pointer;user-select:none}
        th.asc::after{content:" \25B2"}th.desc::after{content:" \25BC"}td.num{text-align:right;white-space:nowrap}
        figure{margin:1em 0}.note,.empty{font-style:italic;color:#555}
        """;

    public const string Script = """
        (function () {
          function key(cell, numeric) {
            if (numeric) { var v = cell.getAttribute('data-value'); return v === null ? -Infinity : parseFloat(v); }
            return cell.textContent.trim();
          }
          document.querySelectorAll('table.sortable').forEach(function (table) {
            var headers = table.querySelectorAll('th');
            headers.forEach(function (th, index) {
              th.addEventListener('click', function () {
                var numeric = th.getAttribute('data-kind') === 'number';
                var ascending = !th.classList.contains('asc');
                headers.forEach(function (h) { h.classList.remove('asc', 'desc'); });
                th.classList.add(ascending ? 'asc' : 'desc');
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = key(a.cells[index], numeric), y = key(b.cells[index], numeric);
                  var c = numeric ? (x - y) : x.localeCompare(y, 'vi');
                  return ascending ? c : -c;
                });
                rows.forEach(function (r) { body.appendChild(r); });
              });
            });
          });
        })();
        """;
}
