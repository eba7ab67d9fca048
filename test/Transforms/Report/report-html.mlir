// format=html: one self-contained page, the JSON report embedded (with "</" written "<\/" so
// that a layer name cannot end the script element) and drawn by the inline script. The page
// itself is rendered in headless Chromium by python/tests/test_html_report.py.
// RUN: dataflow-opt %S/report.mlir --dataflow-report="format=html file=-" -o /dev/null | FileCheck %s
// RUN: dataflow-opt %S/report.mlir --dataflow-report="format=html file=%t.html" -o /dev/null
// RUN: dataflow-opt %S/report.mlir --dataflow-report="file=%t.json" -o /dev/null
// The embedded JSON is the JSON report (all but search_seconds, a time).
// RUN: %python -c "import json,sys; h=open(sys.argv[1]).read(); a=h.index('id=\"report-data\">')+len('id=\"report-data\">'); e=json.loads(h[a:h.index('</script>', a)].replace('<\\/', '</')); j=json.load(open(sys.argv[2])); del e['search_seconds'], j['search_seconds']; assert e == j; print('same', len(e['networks']))" %t.html %t.json | FileCheck %s --check-prefix=SAME
// RUN: sed 's#"conv1"#"x</script>y"#' %S/report.mlir | dataflow-opt --dataflow-report="format=html file=-" -o /dev/null | FileCheck %s --check-prefix=ESCAPE
// The pipeline's report-format selects it as well.
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-schedule="report=- report-format=html lower=false progress=off" -o /dev/null | FileCheck %s --check-prefix=PIPE

// CHECK:      <!DOCTYPE html>
// CHECK-NOT:  <script src
// CHECK-NOT:  <link
// CHECK:      <body data-errors="0">
// CHECK-NEXT: <main id="report"></main>
// CHECK-NEXT: <script type="application/json" id="report-data">
// CHECK-NEXT: {
// CHECK-NEXT:   "schema_version": 2,
// CHECK:        "name": "conv1",
// CHECK:      </script>
// CHECK-NEXT: <script>
// CHECK:      body.setAttribute("data-rendered", "1");
// CHECK:      </html>

// SAME: same 2

// ESCAPE:     "name": "x<\/script>y",
// ESCAPE-NOT: x</script>y

// PIPE: <body data-errors="0">
// PIPE: "tool": "dataflow-opt",
