import type { ComponentChildren } from 'preact';

export type Level = 1 | 2 | 3 | 4;

/** The same entry is a page of its own (h1) in entry.html and a section (h2) inside the popup. */
export function Heading({
  level,
  id,
  children,
  focusable,
}: {
  level: Level;
  id?: string;
  children: ComponentChildren;
  focusable?: boolean;
}) {
  const Tag = `h${level}` as 'h1';
  return (
    <Tag id={id} tabIndex={focusable ? -1 : undefined}>
      {children}
    </Tag>
  );
}
