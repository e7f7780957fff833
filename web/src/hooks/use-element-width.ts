import { type RefObject, useEffect, useState } from "react";

/**
 * The rendered width of an element, kept up to date: charts draw at the real pixel width, so
 * their text stays at the size of the page's text (a scaled viewBox would shrink it on a phone).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(240, Math.floor(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
