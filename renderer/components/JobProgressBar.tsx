/** A running background job: a progress bar and a status line that screen readers announce. */
export function JobProgressBar({ label, done, total, text }: { label: string; done: number; total: number; text: string }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="job-progress">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="job-progress-bar">
        <div style={{ width: `${percent}%` }} />
      </div>
      <p className="help" role="status">
        {text}
      </p>
    </div>
  );
}
