/**
 * A one-line progress bar on stderr. On a terminal it redraws in place; elsewhere (CI logs) it
 * prints at most every 10 %, so logs stay short.
 */
export function progressBar(label: string): (done: number, total: number) => void {
  const interactive = process.stderr.isTTY === true;
  let lastDecile = -1;
  return (done, total) => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    if (interactive) {
      const width = 30;
      const filled = Math.round(fraction * width);
      process.stderr.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
      if (done >= total) process.stderr.write("\n");
      return;
    }
    const decile = Math.floor(fraction * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      process.stderr.write(`${label}: ${done}/${total} (${Math.round(fraction * 100)}%)\n`);
    }
  };
}
