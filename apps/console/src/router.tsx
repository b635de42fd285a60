import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/** Client-side navigation between the console's pages (the server answers every one with the
 * same page), so the signed-in key stays in this tab's memory and storage. */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function usePath(): string {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPath(window.location.pathname);
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return path;
}

export function Link(props: {
  to: string;
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={props.to} onClick={onClick} data-testid={props.testId} className={props.className}>
      {props.children}
    </a>
  );
}
