export type {
  IncludeObject,
  Table,
  TableCell,
  TableColumnDefinition,
  TableRow,
  TableRowCondition,
} from './table';
export type { PrintedRow } from './printers';
export { printDefault } from './printers';
export { DEFAULT_COLUMNS } from './columns';
export { humanDuration, since } from './human-duration';
export { selectorString } from './format';
export { customColumnsPrinter, type CustomColumn } from './custom-columns';
