import { CopyButton } from './CopyButton.tsx';

/** One thing the petitioner must keep (a receipt number, a query or booking code): large, labelled, copyable. */
export function SecretCode({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="portal-code">
      <span id={id} className="portal-code-label">
        {label}
      </span>
      <output aria-labelledby={id} className="portal-code-value" data-testid={id}>
        {value}
      </output>
      <CopyButton text={value} what={label} />
    </div>
  );
}
