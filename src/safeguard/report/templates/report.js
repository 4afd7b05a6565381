// Sorting the ranked table by a column heading: the only script in the report, our own.
(function () {
  "use strict";
  function cellValue(row, index, type) {
    var raw = row.cells[index].getAttribute("data-value");
    if (type === "number") {
      var number = parseFloat(raw);
      return isNaN(number) ? -Infinity : number;
    }
    return raw || "";
  }
  function sortBy(table, index, type, heading) {
    var body = table.tBodies[0];
    var descending = !heading.classList.contains("sorted-desc");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, type), y = cellValue(b, index, type);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.classList.remove("sorted-asc", "sorted-desc");
    });
    heading.classList.add(descending ? "sorted-desc" : "sorted-asc");
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (heading, index) {
      heading.addEventListener("click", function () {
        sortBy(table, index, heading.getAttribute("data-type"), heading);
      });
    });
  });
  // Following a link to a force area opens its drill-down.
  function openTarget() {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
}());
