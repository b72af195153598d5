// Prints the plain closing line CI's log reader understands ("N passed, N failed", optionally
// ", N skipped"), so a run that executed no test cannot pass unnoticed.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "");
    // After Jest's own summary (written to stderr), so that it is the run's closing line.
    process.once("exit", () => process.stdout.write(`\n${line}\n`));
  }
}
module.exports = SummaryReporter;
