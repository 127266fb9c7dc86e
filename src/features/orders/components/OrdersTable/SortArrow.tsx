/**
 * A sortable column's mark, drawn (a font may lack the arrow glyphs, and draws them at its own
 * size and weight): two triangles, the one of the column's order in the text's colour. Hidden
 * from assistive technology, which hears the order from the header's `aria-sort` and the
 * announcement. Points, not paths: the root's reset (`all: revert`) takes back presentation
 * attributes such as `d` and `fill`, which the stylesheet sets instead; `points` is no property.
 */
export function SortArrow() {
  return (
    <svg className="pp-orders-table__sort-arrow" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <polygon className="pp-orders-table__sort-up" points="6,1 9.5,5 2.5,5" />
      <polygon className="pp-orders-table__sort-down" points="6,11 2.5,7 9.5,7" />
    </svg>
  );
}
